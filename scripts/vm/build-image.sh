#!/usr/bin/env bash
# Builds the Berth VM image from Debian packages: a kernel (vmlinuz, unpacked for a PVH boot), a tiny
# initramfs that loads the virtio drivers and mounts the root disk, and the root filesystem as qcow2
# (dockerd, no systemd). Choices that make the cold boot under software emulation fast are noted
# where they are made; the measurements are in README.md.
#   usage: build-image.sh OUT_DIR [DEBOOTSTRAP_CACHE_DIR]
# OUT_DIR receives vmlinuz, initrd.img, rootfs.qcow2 and, last, a `complete` marker.
# The debootstrap stage (the slow part) is cached as a tarball keyed by its package list, so a change
# to the guest scripts rebuilds in seconds. needs root, debootstrap, qemu-img, mkfs.ext4.
set -euo pipefail

OUT=${1:?usage: build-image.sh OUT_DIR [CACHE_DIR]}
CACHE=${2:-$OUT/..}
HERE=$(cd "$(dirname "$0")" && pwd)
MIRROR=${BERTH_VM_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
PACKAGES=docker.io,linux-image-amd64,iptables,ca-certificates,iproute2,kmod,e2fsprogs,busybox-static,procps
START=$(date +%s)
log() { echo "[build-image $(($(date +%s) - START))s] $*"; }

for tool in debootstrap qemu-img mkfs.ext4; do
  command -v "$tool" >/dev/null || { echo "build-image: $tool is not installed" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "build-image: must run as root (debootstrap)" >&2; exit 2; }

mkdir -p "$OUT" "$CACHE"
WORK=$(mktemp -d /var/tmp/berth-vm-build.XXXXXX)
# Never follow a mount left behind by a failed debootstrap into the host's /proc, /sys or /dev.
cleanup() {
  local rc=$?
  for m in proc sys dev/pts dev; do umount -l "$WORK/rootfs/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$WORK"
  exit "$rc"
}
trap cleanup EXIT
ROOT=$WORK/rootfs
mkdir -p "$ROOT"

KEY=$(printf '%s %s %s' "$SUITE" "$PACKAGES" minbase | sha256sum | cut -c1-16)
BASE_TAR=$CACHE/debootstrap-$KEY.tar
if [ -f "$BASE_TAR" ]; then
  log "reusing $BASE_TAR"
  tar -xpf "$BASE_TAR" -C "$ROOT"
else
  log "debootstrap $SUITE ($PACKAGES)"
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -30 "$WORK/debootstrap.log" >&2; exit 1; }
  # Slim down: docs, caches and Debian's own (large) initramfs, which Berth does not use.
  rm -rf "$ROOT"/var/cache/apt/archives/*.deb "$ROOT"/var/lib/apt/lists/* "$ROOT"/usr/share/doc/* \
    "$ROOT"/usr/share/man/* "$ROOT"/usr/share/locale/* "$ROOT"/boot/initrd.img*
  tar -cpf "$BASE_TAR.tmp" -C "$ROOT" . && mv "$BASE_TAR.tmp" "$BASE_TAR"
  log "debootstrap done"
fi

KVER=$(ls "$ROOT/lib/modules" | head -1)
# The kernel unpacked from its bzImage: an ELF that QEMU enters directly at its PVH entry point
# (Debian builds CONFIG_PVH). The bzImage would first decompress itself (xz), which under software
# emulation took 5-6 s of every cold boot here. Falls back to the bzImage if it cannot be unpacked.
unpack_kernel() { # bzImage out
  local format magic pos
  for format in xz zstd gzip; do
    case $format in # each format's magic bytes (a NUL cannot be in a bash string: xz's is cut short)
      xz) magic=$'\xfd7zXZ' ;;
      zstd) magic=$'\x28\xb5\x2f\xfd' ;;
      gzip) magic=$'\x1f\x8b\x08' ;;
    esac
    for pos in $(LC_ALL=C grep -abo "$magic" "$1" | cut -d: -f1); do
      # The compressed kernel is followed by more data: the tools complain but write it all.
      tail -c +$((pos + 1)) "$1" | "$format" -dcq >"$2" 2>/dev/null || true
      [ "$(head -c 4 "$2" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] && return 0
    done
  done
  return 1
}
if unpack_kernel "$ROOT/boot/vmlinuz-$KVER" "$WORK/vmlinuz"; then
  log "kernel: unpacked ELF for a PVH boot, $(du -h "$WORK/vmlinuz" | cut -f1)"
else
  log "kernel: cannot unpack the bzImage; booting it compressed (slower)"
  cp "$ROOT/boot/vmlinuz-$KVER" "$WORK/vmlinuz"
fi

# --- initramfs: busybox + the modules needed to reach an ext4 root on virtio-blk --------------
INITRD=$WORK/initrd
mkdir -p "$INITRD"/{bin,dev,proc,sys,newroot,lib/modules}
cp "$ROOT/bin/busybox" "$INITRD/bin/busybox"
: >"$INITRD/modules"
# Debian builds virtio_pci, virtio_blk and ext4 as modules; list them with their dependencies. The
# console ports (the engine log), the network and 9p (host folders) come here too: busybox's insmod
# of a listed file is cheaper than a modprobe in the root, and berth-init needs them before it
# starts dockerd.
for m in virtio_pci virtio_blk ext4 virtio_console virtio_net 9p 9pnet_virtio; do chroot "$ROOT" /sbin/modprobe -S "$KVER" --show-depends "$m"; done |
  awk '$1=="insmod"{print $2}' |
  while read -r ko; do
    name=$(basename "$ko")
    grep -qx "${name%%.ko*}.ko" "$INITRD/modules" && continue
    case $ko in
      *.xz) xz -dc "$ROOT$ko" >"$INITRD/lib/modules/${name%%.ko*}.ko" ;;
      *.zst) zstd -dcq "$ROOT$ko" >"$INITRD/lib/modules/${name%%.ko*}.ko" ;;
      *) cp "$ROOT$ko" "$INITRD/lib/modules/${name%%.ko*}.ko" ;;
    esac
    echo "${name%%.ko*}.ko" >>"$INITRD/modules"
  done
install -m 0755 "$HERE/guest/initramfs-init" "$INITRD/init"
# Not compressed: a few MB more for QEMU to copy in, and no gunzip under emulation at every boot.
(cd "$INITRD" && find . | "$ROOT/bin/busybox" cpio -o -H newc 2>/dev/null) >"$WORK/initrd.img"
log "initramfs: $(wc -l <"$INITRD/modules") modules, $(du -h "$WORK/initrd.img" | cut -f1)"

# --- root filesystem ----------------------------------------------------------------------------
install -m 0755 "$HERE/guest/berth-init" "$ROOT/sbin/berth-init"
# iptables-legacy: dockerd runs iptables dozens of times at start; the legacy tool does less per call.
chroot "$ROOT" update-alternatives --quiet --set iptables /usr/sbin/iptables-legacy
chroot "$ROOT" update-alternatives --quiet --set ip6tables /usr/sbin/ip6tables-legacy
echo berth >"$ROOT/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 berth\n' >"$ROOT/etc/hosts"
: >"$ROOT/etc/fstab"
rm -f "$ROOT"/boot/vmlinuz* "$ROOT"/boot/System.map* # booted from outside
mkfs.ext4 -q -F -L berth-root -E lazy_itable_init=0,lazy_journal_init=0 -d "$ROOT" "$WORK/rootfs.raw" 2G
qemu-img convert -f raw -O qcow2 "$WORK/rootfs.raw" "$WORK/rootfs.qcow2"

rm -f "$OUT/complete"
mv "$WORK/vmlinuz" "$WORK/initrd.img" "$WORK/rootfs.qcow2" "$OUT/"
echo "kernel=$KVER built=$(date -u +%FT%TZ) seconds=$(($(date +%s) - START))" >"$OUT/complete"
log "done: $OUT ($(du -sh "$OUT" | cut -f1))"
