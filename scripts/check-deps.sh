#!/usr/bin/env bash
# Catches "works on my machine" without a fresh machine: everything the build, the scripts and
# the tests use must come from a package in scripts/install-deps.sh's list, from a package that
# one of those depends on (Depends/Pre-Depends: recommends are not installed), or from Debian's
# minimal base (Essential or Priority required). Checked:
#   - every Qt module named in a find_package(Qt6 … COMPONENTS …) of a CMakeLists.txt, and the
#     Qt modules, tool packages and required libraries those modules need in turn, and every
#     other CMake package a find_package() names (Qt6Keychain);
#   - every library a CMakeLists.txt finds with pkg_check_modules (its .pc file);
#   - every program that scripts/, .ci/ and bench/ run (bench/ against the --bench list);
#   - every program and Python module the tests start (PostgreSQL's initdb/pg_ctl too), and
#     every Qt SQL driver plugin the code opens.
# A package that is installed on this machine by hand but missing from the list is reported with
# the name to add. Run it after scripts/install-deps.sh (scripts/test.sh does, and so does ctest).
#
#   scripts/check-deps.sh [--without PACKAGE]…   (--without: check as if PACKAGE were not listed;
#                                                the suite uses it to prove the check can fail)
set -euo pipefail
cd "$(dirname "$0")/.."

without=()
while [ $# -gt 0 ]; do
    case "$1" in
        --without) without+=("$2"); shift 2 ;;
        *) echo "check-deps: unknown option $1" >&2; exit 2 ;;
    esac
done
drop_without() { # filters stdin
    if [ ${#without[@]} -eq 0 ]; then cat; else grep -vxF -f <(printf '%s\n' "${without[@]}"); fi
}

SYS_PATH=/usr/sbin:/usr/bin:/sbin:/bin
problems=()
problem() { problems+=("$*"); }

# --- packages: installed, their dependencies, the base --------------------------------------------
installed_db=$(dpkg-query -W -f='${Package}\t${db:Status-Status}\t${Essential}\t${Priority}\t${Provides}\t${Pre-Depends}, ${Depends}\n')

# closure LIST... -> every installed package reachable from LIST through Depends/Pre-Depends,
# plus the base. Alternatives ("a | b") and virtual packages count through whichever is installed.
closure() {
    printf '%s\n' "$@" | awk -F'\t' -v db="$installed_db" '
        BEGIN {
            n = split(db, lines, "\n")
            for (i = 1; i <= n; i++) {
                split(lines[i], f, "\t")
                if (f[2] != "installed") continue
                pkg = f[1]; inst[pkg] = 1; deps[pkg] = f[6]
                if (f[3] == "yes" || f[4] == "required") base[pkg] = 1
                m = split(f[5], prov, ",")
                for (j = 1; j <= m; j++) {
                    v = prov[j]; sub(/\(.*/, "", v); gsub(/[ \t]/, "", v)
                    if (v != "") providers[v] = providers[v] " " pkg
                }
            }
        }
        function visit(p,   groups, g, alts, a, name, k, cands, c) {
            if (p in seen) return
            seen[p] = 1
            if (!(p in deps)) return
            k = split(deps[p], groups, ",")
            for (g = 1; g <= k; g++) {
                split(groups[g], alts, "|")
                for (a in alts) {
                    name = alts[a]; sub(/\(.*/, "", name); sub(/:.*/, "", name); gsub(/[ \t]/, "", name)
                    if (name == "") continue
                    if (name in inst) visit(name)
                    if (name in providers) {
                        split(providers[name], cands, " ")
                        for (c in cands) if (cands[c] != "") visit(cands[c])
                    }
                }
            }
        }
        { if ($1 != "") { if (!($1 in inst)) missing_listed = missing_listed " " $1; visit($1) } }
        END {
            for (p in seen) if (p in inst) print p
            for (p in base) print p
            if (missing_listed != "") print "!not-installed" missing_listed
        }' | sort -u
}

mapfile -t main_list < <(scripts/install-deps.sh --list | drop_without)
mapfile -t bench_list < <(scripts/install-deps.sh --list --bench | drop_without)
main_closure=$(closure "${main_list[@]}")
bench_closure=$(closure "${bench_list[@]}")
if grep -q '^!not-installed' <<<"$main_closure"; then
    problem "listed but not installed (run scripts/install-deps.sh first):$(grep '^!not-installed' <<<"$main_closure" | cut -d' ' -f2-)"
fi

covered() { # covered CLOSURE PACKAGE
    grep -qxF "$2" <<<"$1"
}

# require_file WHAT FILE CLOSURE LISTNAME: FILE's package must be in CLOSURE. Collected first and
# resolved by one dpkg -S at the end (each dpkg -S reads the whole file database).
req_what=(); req_file=(); req_closure=(); req_list=()
require_file() {
    req_what+=("$1"); req_file+=("$2"); req_closure+=("$3"); req_list+=("$4")
}

# spellings FILE -> the paths dpkg may know FILE under (merged /usr, symlinks)
spellings() {
    local f=$1
    printf '%s\n' "$f" "$(readlink -f "$f")" "${f/#\/usr\/bin\//\/bin\/}" "${f/#\/usr\/sbin\//\/sbin\/}" \
        "${f/#\/bin\//\/usr\/bin\/}" "${f/#\/sbin\//\/usr\/sbin\/}" | sort -u
}

resolve_requirements() {
    local i s pkg
    declare -A owner_of=()
    [ ${#req_file[@]} -eq 0 ] && return
    while IFS= read -r line; do
        [[ $line == diversion* ]] && continue
        pkg=${line%%: /*}; pkg=${pkg%%,*}; pkg=${pkg%%:*}
        owner_of["/${line#*: /}"]=$pkg
    done < <(for i in "${!req_file[@]}"; do spellings "${req_file[$i]}"; done | sort -u | xargs dpkg -S 2>/dev/null || true)
    for i in "${!req_file[@]}"; do
        pkg=""
        while read -r s; do
            [ -n "${owner_of[$s]:-}" ] && { pkg=${owner_of[$s]}; break; }
        done < <(spellings "${req_file[$i]}")
        if [ -z "$pkg" ]; then
            problem "${req_what[$i]}: ${req_file[$i]} belongs to no Debian package (installed by hand?); install it from a package in ${req_list[$i]}"
        elif ! covered "${req_closure[$i]}" "$pkg"; then
            problem "${req_what[$i]} needs package $pkg: add it to ${req_list[$i]}"
        fi
    done
}

# --- Qt modules ---------------------------------------------------------------------------------
qt_cmake_dir() { # Qt6Foo -> its CMake package folder, or nothing
    local d
    for d in /usr/lib/*/cmake/"$1" /usr/lib/cmake/"$1"; do
        [ -f "$d/$1Config.cmake" ] && { echo "$d"; return 0; }
    done
    return 1
}

# Required third-party libraries of Qt modules (the name in *Dependencies.cmake -> a file that
# the library's -dev package installs). Optional ones (flag TRUE) are skipped.
declare -A third_party_file=(
    [WrapOpenGL]=/usr/include/GL/gl.h
    [XKB]=/usr/include/xkbcommon/xkbcommon.h
    [WrapVulkanHeaders]=/usr/include/vulkan/vulkan.h
)
third_party_ignored=" WrapAtomic Threads " # the compiler's own

declare -A qt_seen=()
check_qt_module() { # check_qt_module Qt6Foo WHO-NEEDS-IT
    local mod=$1 via=$2 dir short deps dep entry name optional
    [ -n "${qt_seen[$mod]:-}" ] && return
    qt_seen[$mod]=1
    if ! dir=$(qt_cmake_dir "$mod"); then
        problem "$mod (needed by $via) is not installed: add the package that provides ${mod}Config.cmake to scripts/install-deps.sh"
        return
    fi
    require_file "$mod (needed by $via)" "$dir/${mod}Config.cmake" "$main_closure" scripts/install-deps.sh
    short=${mod#Qt6}
    [ -f "$dir/${mod}Dependencies.cmake" ] || return 0
    for kind in target tool; do
        deps=$(sed -n "s/^set(__qt_${short}_${kind}_deps \"\(.*\)\")$/\1/p" "$dir/${mod}Dependencies.cmake")
        IFS=';' read -r -a entries <<<"${deps//\\;/|}"
        for entry in "${entries[@]}"; do
            dep=${entry%%|*}
            [ -n "$dep" ] && check_qt_module "$dep" "$mod"
        done
    done
    deps=$(sed -n "s/^set(__qt_${short}_third_party_deps \"\(.*\)\")$/\1/p" "$dir/${mod}Dependencies.cmake")
    IFS=';' read -r -a entries <<<"${deps//\\;/|}"
    for entry in "${entries[@]}"; do
        [ -z "$entry" ] && continue
        IFS='|' read -r name optional _ <<<"$entry"
        [ "$optional" = TRUE ] && continue
        [[ $third_party_ignored == *" $name "* ]] && continue
        if [ -n "${third_party_file[$name]:-}" ]; then
            require_file "$name (needed by $mod)" "${third_party_file[$name]}" "$main_closure" scripts/install-deps.sh
        else
            problem "$mod needs the library $name: add its file to third_party_file in $0 and its package to scripts/install-deps.sh"
        fi
    done
}

while read -r comp; do
    check_qt_module "Qt6$comp" "find_package"
done < <(find . -name CMakeLists.txt -not -path './build*' -not -path '*/node_modules/*' -print0 \
            | xargs -0 cat | tr '\n' ' ' | grep -oE 'find_package\( *Qt6[^)]*\)' \
            | sed -E 's/.*COMPONENTS//; s/\)//; s/\b(REQUIRED|OPTIONAL_COMPONENTS|CONFIG|QUIET|[0-9.]+)\b//g' \
            | tr ' ' '\n' | grep -E '^[A-Za-z0-9]+$' | sort -u)

# --- libraries found through pkg-config (pkg_check_modules) -------------------------------------
while read -r module; do
    pc=$(pkg-config --variable=pcfiledir "$module" 2>/dev/null)/$module.pc \
        || { problem "pkg-config module '$module' is not installed: add its -dev package to scripts/install-deps.sh"; continue; }
    [ -f "$pc" ] || { problem "pkg-config module '$module' is not installed: add its -dev package to scripts/install-deps.sh"; continue; }
    require_file "pkg-config module '$module' (pkg_check_modules)" "$pc" "$main_closure" scripts/install-deps.sh
done < <(find . -name CMakeLists.txt -not -path './build*' -not -path '*/node_modules/*' -print0 \
            | xargs -0 cat | tr '\n' ' ' | grep -oE 'pkg_check_modules\( *[A-Za-z0-9_]+[^)]*\)' \
            | sed -E 's/pkg_check_modules\( *[A-Za-z0-9_]+//; s/\)//; s/\b(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)\b//g' \
            | tr ' ' '\n' | sed -E 's/[<>=].*//' | grep -E '^[A-Za-z0-9_.+-]+$' | sort -u)
# CMake packages found on their own, beside Qt's (find_package(Qt6Keychain) -> qtkeychain-qt6-dev):
# their Config file must come from a listed package, like a Qt module's.
while read -r cmake_pkg; do
    check_qt_module "$cmake_pkg" "find_package"
done < <(find . -name CMakeLists.txt -not -path './build*' -not -path '*/node_modules/*' -print0 \
            | xargs -0 cat | grep -oE 'find_package\( *[A-Za-z0-9_]+' | sed -E 's/find_package\( *//' \
            | grep -vxE 'Qt6|PkgConfig' | sort -u)

# --- programs the scripts run -------------------------------------------------------------------
# The first word of each command: lines split at ; | & ( ) { } ` and $( , then leading keywords
# and prefixes (exec, sudo, nice, …) dropped. Comments are left out.
commands_of() {
    sed -E 's/(^|[[:space:]])#.*$//' "$@" \
        | sed -E 's/\$\(/\n/g; s/[;|&(){}`]/\n/g' \
        | sed -E 's/^[[:space:]]*//' \
        | sed -E ':a; s/^(then|do|else|elif|if|while|until|!|exec|time|nice|sudo|\$SUDO|command|env)[[:space:]]+//; ta' \
        | grep -vE '^[A-Za-z_][A-Za-z0-9_]*(\[[^]]*\])?\+?=' \
        | grep -oE '^[A-Za-z][A-Za-z0-9_.+-]*' | sort -u
}

check_programs() { # check_programs CLOSURE LISTNAME FILE...
    local clos=$1 listname=$2 cmd path file
    shift 2
    declare -A users=()
    for file in "$@"; do
        while read -r cmd; do
            users[$cmd]="${users[$cmd]:+${users[$cmd]}, }$file"
        done < <(commands_of "$file")
    done
    for cmd in "${!users[@]}"; do
        case "$(type -t "$cmd" 2>/dev/null)" in builtin|keyword) continue ;; esac
        path=$(PATH=$SYS_PATH command -v "$cmd" 2>/dev/null) || continue
        [[ $path == /* ]] || continue
        require_file "program '$cmd' (run by ${users[$cmd]})" "$path" "$clos" "$listname"
    done
}

# The list and this check are left out: their words are package names, not commands.
mapfile -t project_scripts < <(ls scripts/*.sh .ci/run 2>/dev/null | grep -vE 'scripts/(install|check)-deps\.sh')
check_programs "$main_closure" "scripts/install-deps.sh" "${project_scripts[@]}"
mapfile -t bench_scripts < <(ls bench/*.sh 2>/dev/null)
if [ ${#bench_scripts[@]} -gt 0 ]; then
    check_programs "$bench_closure" "scripts/install-deps.sh (bench_packages)" "${bench_scripts[@]}"
fi

# --- programs and Python modules the tests start ------------------------------------------------
while read -r prog; do
    path=$(PATH=$SYS_PATH command -v "$prog" 2>/dev/null) \
        || { problem "program '$prog' (started by a test) is not installed: add its package to scripts/install-deps.sh"; continue; }
    require_file "program '$prog' (started by a test)" "$path" "$main_closure" scripts/install-deps.sh
done < <(grep -ohE 'findExecutable\(u?"[^"]+"|"/usr/s?bin/[A-Za-z0-9_.+-]+"' tests/*.cpp tests/support/*.cpp \
            | sed -E 's/findExecutable\(u?"//; s/"//g; s#^/usr/s?bin/##' | sort -u)

# PostgreSQL's server programs live in /usr/lib/postgresql/<version>/bin, off PATH.
while read -r prog; do
    path=$(ls -d /usr/lib/postgresql/*/bin/"$prog" 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$path" ]; then
        problem "program '$prog' (PostgreSQL, started by a test) is not installed: add postgresql to scripts/install-deps.sh"
        continue
    fi
    require_file "program '$prog' (PostgreSQL, started by a test)" "$path" "$main_closure" scripts/install-deps.sh
done < <(grep -ohE '"/(initdb|pg_ctl)"' tests/*.cpp tests/support/*.cpp | tr -d '"/' | sort -u)

# Qt SQL drivers named in the code ("QSQLITE", "QPSQL"): plugins, which no CMake file names.
declare -A sql_plugin=([QSQLITE]=libqsqlite.so [QPSQL]=libqsqlpsql.so)
while read -r driver; do
    [ -n "${sql_plugin[$driver]:-}" ] || continue
    file=$(ls /usr/lib/*/qt6/plugins/sqldrivers/"${sql_plugin[$driver]}" 2>/dev/null | head -n 1)
    if [ -z "$file" ]; then
        problem "Qt SQL driver $driver is not installed: add its libqt6sql6-… package to scripts/install-deps.sh"
        continue
    fi
    require_file "Qt SQL driver $driver" "$file" "$main_closure" scripts/install-deps.sh
done < <(grep -rohE '"Q(SQLITE|PSQL)"' server app tests | tr -d '"' | sort -u)

while read -r module; do
    file=$(/usr/bin/python3 -c "import $module as m; print(getattr(m, '__file__', None) or 'builtin')" 2>/dev/null) \
        || { problem "Python module '$module' (imported by a test through /usr/bin/python3) is not installed: add its python3-… package to scripts/install-deps.sh"; continue; }
    [ "$file" = builtin ] && continue
    require_file "Python module '$module' (imported by a test)" "$file" "$main_closure" scripts/install-deps.sh
done < <(grep -ohE '"(import|from) [A-Za-z_][A-Za-z0-9_]*' tests/*.cpp | awk '{print $2}' | sort -u)

resolve_requirements
if [ ${#problems[@]} -gt 0 ]; then
    echo "check-deps: the install list misses what this project uses:" >&2
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
fi
echo "check-deps: every Qt module, program and Python module used comes from scripts/install-deps.sh's list" >&2
