#ifndef RIGHTSAPI_CEPOLL_SHIM_H
#define RIGHTSAPI_CEPOLL_SHIM_H

/* Linux readiness and wake-up primitives that Swift's Glibc module does not export. */
#include <sys/epoll.h>
#include <sys/eventfd.h>

#endif
