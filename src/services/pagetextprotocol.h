#pragma once

#include "html/pagetext.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <optional>

class QIODevice;

// The pipe between IsolatedPageText and its worker process (`masthead
// --page-text-worker`): length-prefixed frames, each one QDataStream record.
// A request is (id, page bytes, page URL); the answer is (id, html, text).
namespace PageTextProtocol {

// The masthead binary's hidden option that turns it into a worker.
inline constexpr char WorkerOption[] = "--page-text-worker";

// Frames larger than this are refused on both sides (a page is at most a few
// MiB; the cap keeps a garbled length from allocating gigabytes).
constexpr quint32 MaxFrameBytes = 64 * 1024 * 1024;

struct Request
{
    quint64 id = 0;
    QByteArray page;
    QUrl url;
};

struct Answer
{
    quint64 id = 0;
    PageText text;
};

QByteArray encode(const Request &request);
QByteArray encode(const Answer &answer);
std::optional<Request> decodeRequest(const QByteArray &payload);
std::optional<Answer> decodeAnswer(const QByteArray &payload);

// Takes one whole frame's payload off the front of `buffer`. Returns nothing
// while the frame is incomplete; sets `broken` when the length is impossible.
std::optional<QByteArray> takeFrame(QByteArray &buffer, bool &broken);

using Extract = std::function<PageText(const QByteArray &, const QUrl &)>;

// The worker's loop: reads requests from `in` until it ends, answers each on
// `out` (unbuffered, so each answer leaves at once). Returns the process exit code: 0 at the end of input, 2 on a broken
// frame.
int serve(QIODevice &in, QIODevice &out, const Extract &extract = pageTextOf);

} // namespace PageTextProtocol
