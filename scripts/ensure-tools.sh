# Sourced by run.sh and test.sh: installs what the build needs when it is missing (Debian packages).
apt_install() {
  local sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  if [ -z "${CANDOR_APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq
    export CANDOR_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

ensure_java_maven() {
  if ! command -v javac >/dev/null 2>&1 || ! javac -version 2>&1 | grep -qE 'javac (1[7-9]|2[0-9])'; then
    echo "Installing a JDK (openjdk-17-jdk-headless)..."
    apt_install openjdk-17-jdk-headless
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    echo "Installing Maven..."
    apt_install maven
  fi
}
