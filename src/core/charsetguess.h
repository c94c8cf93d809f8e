#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Guesses the character encoding of bytes that declare none (no BOM, no HTTP
// charset, no XML declaration or <meta charset>) and are not valid UTF-8,
// with uchardet (Mozilla's universal detector). Only for that case: a
// declaration, when there is one, always wins.
//
// A multi-byte encoding (Shift_JIS, EUC-JP, EUC-KR/UHC, GB18030, Big5...) is
// trusted whenever the detector names one: its byte structure is strong
// evidence. A single-byte encoding other than Latin-1/windows-1252 is trusted
// only with enough non-ASCII bytes to tell the scripts apart; a few accented
// letters stay windows-1252's, which is what undeclared Western text is.
namespace CharsetGuess {

// A name QStringDecoder accepts (lower case), or empty when unsure.
QByteArray guess(QByteArrayView bytes);

} // namespace CharsetGuess
