#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

// The toolbar's search: a field that searches as the person types (after a
// short pause), and where to search (every article, or the selected
// category). Esc clears it, Enter goes to the results.
class SearchBar final : public QWidget
{
    Q_OBJECT

public:
    // Results follow typing this soon after the last key (a slower answer
    // to an older query is dropped when a newer one arrives).
    static constexpr int DelayMs = 60;
    static constexpr int OneLetterDelayMs = 400;

    explicit SearchBar(QWidget *parent = nullptr);

    // What the results are for: the text as it was when typing paused.
    QString query() const { return m_query; }
    bool inSelectedCategory() const;
    QLineEdit *field() const { return m_field; }
    QComboBox *scope() const { return m_scope; }
    void focusField();

Q_SIGNALS:
    // The query or where to search changed: the list shows other results.
    void searchChanged();
    // Esc or Enter: reading goes on in the results.
    void done();

private:
    void settle();

    QLineEdit *m_field;
    QComboBox *m_scope;
    QTimer *m_delay;
    QString m_query;
};
