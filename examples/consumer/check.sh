#!/usr/bin/env bash
# Proves that the published artifacts work for a project of someone else's: builds
# examples/consumer (a stand-alone Maven project, the README's pom and Java example) against the
# file repository target/repo that this build deployed to, runs it, and checks that it prints the
# decision the README promises. Run by examples/pom.xml during `mvn verify`.
#
# Where artifacts come from: the consumer gets a local repository of its own
# (examples/target/consumer/m2), so nothing of ours is taken from ~/.m2. Its settings list two
# file repositories, in this order: target/repo (ours) and the outer build's local repository
# (third-party artifacts: Drools, Jackson, the Maven plugins), so it builds offline and copies only
# what it needs. Maven tries repositories in order and finds ours in the first; the check at the
# end confirms that every artifact of ours came from target/repo. When the outer build is online,
# Maven Central stays the last resort for a third-party artifact the outer build did not need.
#
# usage: check.sh LOCAL_REPOSITORY offline=true|false [MVN]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${1:?the local repository of the outer build}
offline=${2:-offline=false}
offline=${offline#offline=}
mvn=${3:-mvn}
repo="$root/target/repo"
work="$root/examples/target/consumer"
expected='640122 NINGXIA_INNOVATIVE_COUNTY ELIGIBILITY ELIGIBLE'

fail() { echo "examples/consumer: $*" >&2; exit 1; }
[ -f "$repo/io/github/countyrules/rules-bom/0.1.0/rules-bom-0.1.0.pom" ] \
  || fail "no rules-bom in $repo: the modules were not deployed (run mvn verify online, from the root)"

mkdir -p "$work"
rm -rf "$work/m2/io/github/countyrules"        # ours: fresh from target/repo on every run
cat > "$work/settings.xml" <<XML
<settings>
  <profiles>
    <profile>
      <id>consumer-check</id>
      <repositories>
        <repository><id>countyrules-file</id><url>file://$repo</url></repository>
        <repository><id>outer-local</id><url>file://$cache</url></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>outer-local</id><url>file://$cache</url></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>consumer-check</activeProfile></activeProfiles>
</settings>
XML
args=(-B -q -Dstyle.color=never -s "$work/settings.xml" -Dmaven.repo.local="$work/m2" -f "$here/pom.xml")
if [ "$offline" = true ]; then
  args+=(-o -Daether.offline.protocols=file)
fi
out="$work/output.txt"
if ! "$mvn" "${args[@]}" package exec:java > "$out" 2>&1; then
  cat "$out" >&2
  fail "the consumer project did not build or run (output above)"
fi
# Maven may reset colours at the start of a line even in batch mode: compare the text without them
sed 's/\x1b\[[0-9;]*m//g' "$out" | grep -qxF "$expected" || { cat "$out" >&2; fail "expected the line '$expected' (README), not found"; }
for f in "$work"/m2/io/github/countyrules/*/0.1.0/_remote.repositories; do
  if grep -v '^#' "$f" | grep -qv '>countyrules-file='; then
    fail "$(dirname "$f") came from elsewhere than target/repo: $(cat "$f")"
  fi
done
echo "examples/consumer: built against target/repo alone and printed: $expected"
