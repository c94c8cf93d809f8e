#include "corpora.h"

#include <QDir>
#include <QFileInfo>

QString corporaDir()
{
    QString dir = qEnvironmentVariable("MASTHEAD_CORPORA");
    if (dir.isEmpty())
        dir = QStringLiteral(MASTHEAD_DEFAULT_CORPORA);
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

QString corpusPath(const QString &relative)
{
    const QString root = corporaDir();
    if (root.isEmpty())
        return {};
    const QString path = QDir(root).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}
