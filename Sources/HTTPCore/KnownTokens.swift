/// Methods and field names that nearly every request carries, spelled as clients send them. Matching
/// bytes become these string literals: no UTF-8 validation, no allocation, no reference counting.
enum KnownTokens {
    @inline(__always)
    static func method(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        switch range.count {
        case 3:
            if ASCIIBytes.equal(buffer, range, "GET") { return "GET" }
            if ASCIIBytes.equal(buffer, range, "PUT") { return "PUT" }
        case 4:
            if ASCIIBytes.equal(buffer, range, "HEAD") { return "HEAD" }
            if ASCIIBytes.equal(buffer, range, "POST") { return "POST" }
        case 5 where ASCIIBytes.equal(buffer, range, "PATCH"): return "PATCH"
        case 6 where ASCIIBytes.equal(buffer, range, "DELETE"): return "DELETE"
        case 7 where ASCIIBytes.equal(buffer, range, "OPTIONS"): return "OPTIONS"
        default: break
        }
        return ASCIIBytes.string(buffer, range)
    }

    @inline(__always)
    static func fieldName(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        switch range.count {
        case 4 where ASCIIBytes.equal(buffer, range, "Host"): return "Host"
        case 6:
            if ASCIIBytes.equal(buffer, range, "Accept") { return "Accept" }
            if ASCIIBytes.equal(buffer, range, "Origin") { return "Origin" }
            if ASCIIBytes.equal(buffer, range, "Cookie") { return "Cookie" }
        case 7 where ASCIIBytes.equal(buffer, range, "Referer"): return "Referer"
        case 10:
            if ASCIIBytes.equal(buffer, range, "User-Agent") { return "User-Agent" }
            if ASCIIBytes.equal(buffer, range, "Connection") { return "Connection" }
        case 12:
            if ASCIIBytes.equal(buffer, range, "Content-Type") { return "Content-Type" }
            if ASCIIBytes.equal(buffer, range, "X-Request-Id") { return "X-Request-Id" }
        case 13:
            if ASCIIBytes.equal(buffer, range, "If-None-Match") { return "If-None-Match" }
            if ASCIIBytes.equal(buffer, range, "Cache-Control") { return "Cache-Control" }
            if ASCIIBytes.equal(buffer, range, "Authorization") { return "Authorization" }
        case 14 where ASCIIBytes.equal(buffer, range, "Content-Length"): return "Content-Length"
        case 15:
            if ASCIIBytes.equal(buffer, range, "Accept-Encoding") { return "Accept-Encoding" }
            if ASCIIBytes.equal(buffer, range, "Accept-Language") { return "Accept-Language" }
        case 17 where ASCIIBytes.equal(buffer, range, "Transfer-Encoding"): return "Transfer-Encoding"
        default: break
        }
        return ASCIIBytes.string(buffer, range)
    }
}
