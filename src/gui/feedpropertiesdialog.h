#pragma once

#include "feedproperties.h"

#include <QDialog>

class LibraryReader;
class LibraryWriter;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// A feed's Properties: its title (editable), address and site, full text
// (auto / always / never), its refresh interval (automatic: the one of
// Settings and what the feed asks for; or the person's), last fetch and last error, its
// articles and the bytes they take. Read from the LibraryReader when it
// opens, written through the LibraryWriter on OK; neither on this thread.
class FeedPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    FeedPropertiesDialog(qint64 feedId, LibraryReader &reader, LibraryWriter &writer, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void saved(); // the settings are stored; the dialog closes

private:
    void fill(const FeedProperties &properties);
    void save();

    qint64 m_feedId;
    LibraryWriter &m_writer;
    bool m_loaded = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_site = nullptr;
    QComboBox *m_fullText = nullptr;
    QSpinBox *m_refreshEvery = nullptr; // 0: automatic
    QLabel *m_interval = nullptr;
    QLabel *m_lastFetch = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_articles = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
