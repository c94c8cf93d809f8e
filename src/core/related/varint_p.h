#pragma once

// Unsigned LEB128 varints for the compact blobs of the related area.
// Internal header: not part of the public API.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace RelatedVarint {

inline void append(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// Reads one varint at `pos` (advanced past it). nullopt on truncation, on a
// value wider than 64 bits and on a non-minimal encoding.
inline std::optional<quint64> read(QByteArrayView in, qsizetype &pos)
{
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return std::nullopt;
        const auto byte = quint8(in[pos++]);
        if (shift == 63 && (byte & 0x7e))
            return std::nullopt;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            if (byte == 0 && shift > 0)
                return std::nullopt; // not minimal: one value, one encoding
            return value;
        }
    }
    return std::nullopt;
}

} // namespace RelatedVarint
