#ifndef RIGHTSAPI_CEPOLL_SHIM_H
#define RIGHTSAPI_CEPOLL_SHIM_H

/* Linux-only calls that Swift's Glibc module does not export: epoll, eventfd, accept4,
   pthread_setname_np. */
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <linux/sockios.h>

/* accept4 is declared only under _GNU_SOURCE, which the Glibc module is built without:
   accept a connection already non-blocking and close-on-exec, in one system call. */
static inline int rights_accept_nonblocking(int fd, struct sockaddr *address, socklen_t *length) {
    extern int accept4(int, struct sockaddr *, socklen_t *, int);
    return accept4(fd, address, length, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

/* Names the calling thread (at most 15 characters), as shown by top -H, ps -L and gdb. */
static inline int rights_set_current_thread_name(const char *name) {
    extern int pthread_setname_np(pthread_t, const char *);
    return pthread_setname_np(pthread_self(), name);
}

/* Bytes in a TCP socket's send queue that the peer has not acknowledged (sent or not yet sent),
   or -1 on error (SIOCOUTQ, alias TIOCOUTQ; ioctl is variadic, so Swift cannot call it). */
static inline int rights_socket_unacknowledged_bytes(int fd) {
    int count = 0;
    if (ioctl(fd, SIOCOUTQ, &count) != 0) return -1;
    return count;
}

#endif
