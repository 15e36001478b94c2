#!/usr/bin/env bash
# Makes a minimal SPARK_HOME from the Spark jars Maven resolved, for Spark's local-cluster master
# (local-cluster[N,C,M]: N executor JVMs on this machine). Spark's in-process workers start each
# executor with the launcher library's command builder, which reads SPARK_HOME: it wants a RELEASE
# file (the mark of a binary distribution) and a jars/ folder, whose jars it puts on the executor's
# class path. No jar is copied: jars/ holds symbolic links to the local Maven repository.
#
# Usage: spark-home.sh CLASSPATH_FILE DIR   (prints DIR; the launcher passes
#        ascribe-spark/target/classpath.txt and ascribe-spark/target/spark-home)
set -euo pipefail
classpath_file="$1"
home="$2"
rm -rf "$home"
mkdir -p "$home/jars"
echo "Spark (jars resolved by Maven for ascribe-spark; not a distribution)" > "$home/RELEASE"
tr ':' '\n' < "$classpath_file" | while read -r jar; do
  case "$jar" in
    *.jar) [ -f "$jar" ] && ln -sf "$jar" "$home/jars/$(basename "$jar")" ;;
  esac
done
echo "$home"
