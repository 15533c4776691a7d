#ifndef RIGHTSAPI_CMEMFD_SHIM_H
#define RIGHTSAPI_CMEMFD_SHIM_H

/* Sealed anonymous memory files (Linux), which Swift's Glibc module, built without _GNU_SOURCE,
   does not declare. */
#include <fcntl.h>
#include <linux/memfd.h>

#ifndef F_ADD_SEALS
#define F_ADD_SEALS 1033
#define F_SEAL_SHRINK 0x0002
#define F_SEAL_GROW 0x0004
#define F_SEAL_WRITE 0x0008
#endif

/* A close-on-exec memory file that accepts seals, or -1 (errno set). */
static inline int rights_memfd_create_sealable(const char *name) {
    extern int memfd_create(const char *, unsigned int);
    return memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
}

/* Adds seals (F_SEAL_* bits) to a memory file; 0 or -1 (fcntl is variadic, so Swift cannot call it). */
static inline int rights_memfd_add_seals(int fd, int seals) {
    return fcntl(fd, F_ADD_SEALS, seals);
}

static inline int rights_seal_shrink(void) { return F_SEAL_SHRINK; }
static inline int rights_seal_grow_and_write(void) { return F_SEAL_GROW | F_SEAL_WRITE; }

#endif
