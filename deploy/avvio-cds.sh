#!/bin/sh
# Faster start-up with class-data sharing (ADR 0021). Usage: deploy/avvio-cds.sh JAR DIR
#
# Extracts the Spring Boot jar JAR into DIR (DIR/sportello-lavoro.jar and its libraries in DIR/lib/: no nested jars
# to open at each start) and writes DIR/sportello-lavoro.jsa, the CDS archive of the classes that a training start
# loads (demo profile on an in-memory H2, stopped as soon as the context is refreshed). Then start with
#
#   java -XX:SharedArchiveFile=DIR/sportello-lavoro.jsa -jar DIR/sportello-lavoro.jar
#
# Run it where the application will run (the Dockerfile does, in the image): the archive is valid only for the same
# java binary and the same DIR; with another JVM or a moved DIR the JVM starts without it (-Xshare:auto).
# JAVA names the java command (default: java on the PATH).
set -eu

if [ "$#" -ne 2 ]; then
    echo "usage: $0 JAR DIR" >&2
    exit 2
fi
JAVA=${JAVA:-java}
jar=$1
dir=$2

rm -rf "$dir"
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir"
# The extracted jar's manifest names lib/ relative to itself: a fixed name for the ENTRYPOINT is safe.
mv "$dir/$(basename "$jar")" "$dir/sportello-lavoro.jar"

# The training start: the classes of the engine, Spring, Hibernate, MyBatis and the webapps that every start loads.
# Its database is thrown away; the archive keeps classes only, no data and no settings.
"$JAVA" -XX:ArchiveClassesAtExit="$dir/sportello-lavoro.jsa" -Dspring.context.exit=onRefresh \
    -jar "$dir/sportello-lavoro.jar" \
    --spring.profiles.active=demo \
    "--spring.datasource.url=jdbc:h2:mem:cds;DB_CLOSE_DELAY=-1" \
    --server.port=0 \
    --camunda.bpm.job-execution.enabled=false

test -s "$dir/sportello-lavoro.jsa"
echo "CDS archive: $dir/sportello-lavoro.jsa"
