#include "pagetextprotocol.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace PageTextProtocol {

namespace {

constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

QByteArray framed(const QByteArray &payload)
{
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), frame.data());
    return frame + payload;
}

template<typename... Fields>
QByteArray write(const Fields &...fields)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream.setVersion(StreamVersion);
    (stream << ... << fields);
    return framed(payload);
}

template<typename... Fields>
bool read(const QByteArray &payload, Fields &...fields)
{
    QDataStream stream(payload);
    stream.setVersion(StreamVersion);
    (stream >> ... >> fields);
    return stream.status() == QDataStream::Ok && stream.atEnd();
}

// Blocks until `size` bytes came; false when the input ended first. `in` is
// a blocking device (the worker's stdin) or a finished buffer.
bool readExactly(QIODevice &in, qint64 size, QByteArray &into)
{
    into.resize(size);
    for (qint64 done = 0; done < size;) {
        const qint64 n = in.read(into.data() + done, size - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

QByteArray encode(const Request &request)
{
    return write(request.id, request.page, request.url);
}

QByteArray encode(const Answer &answer)
{
    return write(answer.id, answer.text.html, answer.text.text);
}

std::optional<Request> decodeRequest(const QByteArray &payload)
{
    Request request;
    if (!read(payload, request.id, request.page, request.url))
        return std::nullopt;
    return request;
}

std::optional<Answer> decodeAnswer(const QByteArray &payload)
{
    Answer answer;
    if (!read(payload, answer.id, answer.text.html, answer.text.text))
        return std::nullopt;
    return answer;
}

std::optional<QByteArray> takeFrame(QByteArray &buffer, bool &broken)
{
    broken = false;
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 size = qFromBigEndian<quint32>(buffer.constData());
    if (size > MaxFrameBytes) {
        broken = true;
        return std::nullopt;
    }
    if (buffer.size() < qsizetype(4 + size))
        return std::nullopt;
    QByteArray payload = buffer.mid(4, size);
    buffer.remove(0, 4 + size);
    return payload;
}

int serve(QIODevice &in, QIODevice &out, const Extract &extract)
{
    QByteArray header;
    QByteArray payload;
    while (readExactly(in, 4, header)) {
        const quint32 size = qFromBigEndian<quint32>(header.constData());
        if (size > MaxFrameBytes || !readExactly(in, size, payload))
            return 2;
        const std::optional<Request> request = decodeRequest(payload);
        if (!request)
            return 2;
        if (out.write(encode(Answer{request->id, extract(request->page, request->url)})) < 0)
            return 2;
    }
    return 0;
}

} // namespace PageTextProtocol
