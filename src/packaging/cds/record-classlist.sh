#!/bin/sh
# Records which JDK and JavaFX classes PaperFeed's first screen loads, into ./classlist, from which every packaging
# build dumps the runtime's class-data-sharing archive (docs/packaging.md). Run it again after a JDK or JavaFX
# upgrade or a large change to the window. Needs an app image (./mvnw -Ppackage -DskipTests package) and a display
# (under Xvfb: xvfb-run ./record-classlist.sh).
#   usage: record-classlist.sh [LIBRARY_FOLDER]   (default: a new folder, i.e. the first start with the sample)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../../target/dist/PaperFeed/bin/PaperFeed"
data=${1:-$(mktemp -d)}
raw=$(mktemp)
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$raw" "$app" --data-dir "$data" &
pid=$!
sleep 40      # the window, its first page of papers, a refresh attempt
kill "$pid"; wait "$pid" || true
# Only classes of the runtime's modules: the app's own jars sit on the class path, whose paths change on install.
{
    echo "# PaperFeed's first screen: JDK and JavaFX classes, recorded by record-classlist.sh"
    grep -E '^(java|javax|jdk|sun|com/sun|javafx|org/xml|org/w3c|org/ietf)/|^@lambda-form-invoker|^@lambda-proxy (java|javax|jdk|sun|com/sun|javafx)/' "$raw"
} > "$here/classlist"
rm -f "$raw"
wc -l "$here/classlist"
