#pragma once

#include <QHash>

class TermVector;

// How many documents contain each term, updated one document at a time as
// articles arrive or expire (no rebuild). The storage layer may also load
// only the rows it needs (setDocumentCount / setFrequency): scoring a query
// needs the frequencies of the query's terms only.
class DocumentFrequencies final
{
public:
    void add(const TermVector &vector);
    // Removing a vector that was never added leaves counts at zero, never below.
    void remove(const TermVector &vector);

    qint64 documentCount() const { return m_documents; }
    void setDocumentCount(qint64 count) { m_documents = std::max<qint64>(0, count); }

    quint32 frequency(quint32 term) const { return m_frequencies.value(term, 0); }
    void setFrequency(quint32 term, quint32 frequency);
    qsizetype termCount() const { return m_frequencies.size(); }
    const QHash<quint32, quint32> &frequencies() const { return m_frequencies; }

    // Smoothed idf, always >= 1: ln((1 + N) / (1 + df)) + 1. (It ranked better
    // than BM25's probabilistic idf on the labelled corpora.)
    double idf(quint32 term) const;

    friend bool operator==(const DocumentFrequencies &a, const DocumentFrequencies &b)
    {
        return a.m_documents == b.m_documents && a.m_frequencies == b.m_frequencies;
    }

private:
    QHash<quint32, quint32> m_frequencies;
    qint64 m_documents = 0;
};
