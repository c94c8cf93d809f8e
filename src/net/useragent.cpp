#include "useragent.h"

QByteArray userAgent()
{
    return QByteArrayLiteral("Masthead/" MASTHEAD_VERSION " (+desktop news reader)");
}
