#include "searchrank.h"

#include <sqlite3.h> // FTS5's extension interface (fts5_api) is declared here too

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

// What every row of one query shares: the mean row length and each phrase's
// weight, computed at its first row.
struct QueryWeights
{
    double meanTokens = 1;
    std::vector<double> idf;
};

struct RowCounter
{
    sqlite3_int64 cap = SearchRank::CountCap;
    sqlite3_int64 rows = 0;
    sqlite3_int64 firstRowid = 0;
    sqlite3_int64 lastRowid = 0;
};

int countRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *user)
{
    auto *counter = static_cast<RowCounter *>(user);
    counter->lastRowid = api->xRowid(fts);
    if (counter->rows == 0)
        counter->firstRowid = counter->lastRowid;
    return ++counter->rows >= counter->cap ? SQLITE_DONE : SQLITE_OK;
}

// Rows holding a phrase: counted up to the cap (xQueryPhrase walks rowids
// upwards); past it, the rowids after the last one counted, up to the
// table's last, are taken to hold the phrase as densely as the counted ones.
int phraseRows(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, sqlite3_int64 tableLastRowid,
               sqlite3_int64 tableRows, double *rows)
{
    RowCounter counter;
    counter.cap = *static_cast<const long long *>(api->xUserData(fts));
    if (const int rc = api->xQueryPhrase(fts, phrase, &counter, countRow); rc != SQLITE_OK)
        return rc;
    *rows = double(counter.rows);
    if (counter.rows >= counter.cap && counter.lastRowid > counter.firstRowid && tableLastRowid > counter.lastRowid) {
        const double density = double(counter.rows - 1) / double(counter.lastRowid - counter.firstRowid);
        *rows = std::min(double(tableRows), *rows + density * double(tableLastRowid - counter.lastRowid));
    }
    return SQLITE_OK;
}

int weightsFor(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_int64 lastRowid, QueryWeights *weights)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    weights->meanTokens = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    weights->idf.assign(std::size_t(std::max(phrases, 0)), 0.0);
    for (int p = 0; p < phrases; ++p) {
        double hits = 0;
        if (rc = phraseRows(api, fts, p, lastRowid, rows, &hits); rc != SQLITE_OK)
            return rc;
        hits = std::min(hits, double(rows));
        const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
        weights->idf[std::size_t(p)] = idf > 0 ? idf : 1e-6; // as bm25(): a word in most rows still counts a little
    }
    return SQLITE_OK;
}

void deleteWeights(void *weights)
{
    delete static_cast<QueryWeights *>(weights);
}

// masthead_rank(fts, last_rowid, column weights...): lower is better, as
// bm25().
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_error(context, "masthead_rank: the table's last rowid is needed", -1);
        return;
    }
    auto *weights = static_cast<QueryWeights *>(api->xGetAuxdata(fts, 0));
    if (!weights) {
        auto owned = new QueryWeights;
        const int rc = weightsFor(api, fts, sqlite3_value_int64(argv[0]), owned);
        if (rc != SQLITE_OK) {
            delete owned;
            sqlite3_result_error_code(context, rc);
            return;
        }
        if (const int set = api->xSetAuxdata(fts, owned, deleteWeights); set != SQLITE_OK) {
            sqlite3_result_error_code(context, set); // xSetAuxdata has already deleted it
            return;
        }
        weights = owned;
    }

    std::vector<double> frequency(weights->idf.size(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && std::size_t(phrase) < frequency.size())
            frequency[std::size_t(phrase)] += column + 1 < argc ? sqlite3_value_double(argv[column + 1]) : 1.0;
    }
    int tokens = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &tokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double lengthNorm = K1 * (1 - B + B * double(tokens) / weights->meanTokens);
    double score = 0;
    for (std::size_t p = 0; p < frequency.size(); ++p)
        score += weights->idf[p] * (frequency[p] * (K1 + 1)) / (frequency[p] + lengthNorm);
    sqlite3_result_double(context, -score);
}

void deleteCap(void *cap)
{
    delete static_cast<long long *>(cap);
}

} // namespace

bool SearchRank::registerOn(sqlite3 *db, const char *name, long long countCap)
{
    if (!db)
        return false;
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    // Version 2 has every member used here.
    if (!api || api->iVersion < 2)
        return false;
    // Once added, FTS5 owns the cap and deletes it with the connection.
    auto *cap = new long long(std::max(1LL, countCap));
    if (api->xCreateFunction(api, name, cap, rank, deleteCap) != SQLITE_OK) {
        delete cap;
        return false;
    }
    return true;
}
