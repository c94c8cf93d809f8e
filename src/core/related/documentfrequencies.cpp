#include "documentfrequencies.h"

#include "termvector.h"

#include <algorithm>
#include <cmath>

void DocumentFrequencies::add(const TermVector &vector)
{
    ++m_documents;
    for (quint32 term : vector.terms())
        ++m_frequencies[term];
}

void DocumentFrequencies::remove(const TermVector &vector)
{
    m_documents = std::max<qint64>(0, m_documents - 1);
    for (quint32 term : vector.terms()) {
        const auto it = m_frequencies.find(term);
        if (it == m_frequencies.end())
            continue;
        if (*it <= 1)
            m_frequencies.erase(it);
        else
            --*it;
    }
}

void DocumentFrequencies::setFrequency(quint32 term, quint32 frequency)
{
    if (frequency == 0)
        m_frequencies.remove(term);
    else
        m_frequencies.insert(term, frequency);
}

double DocumentFrequencies::idf(quint32 term) const
{
    const double n = double(std::max<qint64>(m_documents, 0));
    const double df = std::min<double>(frequency(term), n);
    return std::log((1.0 + n) / (1.0 + df)) + 1.0;
}
