#pragma once

#include <QByteArray>

// The User-Agent every request of Masthead sends.
QByteArray userAgent();
