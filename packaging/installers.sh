#!/usr/bin/env bash
# Installers with jpackage (JDK 17+): a Linux app image and a .deb, with the app icon, a desktop entry, the file
# association for plan files (*.tandem.json) and a class-data-sharing archive the launcher uses to start sooner.
#
#   mvn -Pinstaller package          (runs this after the jar is built)
#   bash packaging/installers.sh     (on an already built target/tandem.jar)
#
# The archive is made by starting the app once: under $DISPLAY or Xvfb when there is one (the window's classes go
# in), else through the command line (the store's classes only). Output: target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/tandem.jar
[ -f "$JAR" ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1 | sed 's/-SNAPSHOT//')
OUT=target/installer
INPUT=target/installer-input
rm -rf "$OUT" "$INPUT"
mkdir -p "$OUT" "$INPUT"
cp "$JAR" "$INPUT/tandem.jar"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# the app's memory options: the pom's (mvn -Pinstaller package passes them), else the same written out
JVM_OPTIONS=${TANDEM_JVM_OPTIONS:-"-XX:+UseSerialGC -Xmn32m -Xms256m -XX:MetaspaceSize=96m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000 -XX:FreqInlineSize=100 -XX:InlineSmallCode=800 -XX:MaxRecursiveInlineLevel=0"}

# 1. the app image (a folder to run from anywhere), its runtime with the JDK's own class-data-sharing archive
jpackage --type app-image --name Tandem --app-version "$VERSION" --vendor "Tandem" --description "Marketing and sales planner" \
  --input "$INPUT" --main-jar tandem.jar --main-class org.tandem.app.Launcher --icon icons/tandem-256.png --dest "$OUT" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" --java-options "$JVM_OPTIONS"
IMAGE="$OUT/Tandem"

# 2. the app's own archive on top of it, made by starting the image's launcher once: with the window under $DISPLAY
#    or Xvfb when there is one (its classes go in), else through the command line (the store's classes only)
ARCHIVE="$IMAGE/lib/app/tandem.jsa"
DUMP="-XX:ArchiveClassesAtExit=$(cd "$(dirname "$ARCHIVE")" && pwd)/tandem.jsa"
if [ -n "${DISPLAY:-}" ]; then
  JAVA_TOOL_OPTIONS="$DUMP" "$IMAGE/bin/Tandem" --db "$WORK/cds.db" --startup-probe >/dev/null 2>&1 || true
elif command -v xvfb-run >/dev/null; then
  JAVA_TOOL_OPTIONS="$DUMP" xvfb-run -a "$IMAGE/bin/Tandem" --db "$WORK/cds.db" --startup-probe >/dev/null 2>&1 || true
fi
if [ ! -s "$ARCHIVE" ]; then
  JAVA_TOOL_OPTIONS="$DUMP" "$IMAGE/bin/Tandem" --db "$WORK/cds.db" plans >/dev/null 2>&1 || true
fi
if [ -s "$ARCHIVE" ]; then
  # the launcher maps it at every start ($APPDIR: wherever the image or the package put the app)
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/tandem.jsa\njava-options=-Xshare:auto\n' >> "$IMAGE/lib/app/Tandem.cfg"
  echo "class-data-sharing archive: $(du -h "$ARCHIVE" | cut -f1)"
else
  echo "no class-data-sharing archive: the app starts without one" >&2
fi

# 3. the file association: a plan file is JSON named *.tandem.json
cat > "$WORK/plan-file.properties" <<PROPS
extension=tandem.json
mime-type=application/x-tandem-plan
description=Tandem plan file
icon=icons/tandem-256.png
PROPS

# 4. the .deb made from the image: menu entry (opening a plan file passes it to Tandem, which imports it), icon,
#    file association
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$IMAGE" --name Tandem --app-version "$VERSION" --vendor "Tandem" \
    --description "Marketing and sales planner" --icon icons/tandem-256.png --dest "$OUT" --linux-package-name tandem \
    --linux-shortcut --linux-menu-group Office --linux-app-category office --file-associations "$WORK/plan-file.properties" \
    --resource-dir packaging/linux
else
  echo "no .deb: dpkg-deb and fakeroot are needed (apt-get install -y dpkg-dev fakeroot)" >&2
fi
ls -la "$OUT"
