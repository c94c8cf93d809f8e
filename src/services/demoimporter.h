#pragma once

#include "result.h"

#include <QCoreApplication>

class Library;

// Loads the built-in sample library (resources/demo/demo.json) so a first
// launch offline shows a full window. Importing twice changes nothing: the
// feeds are matched by URL and the articles by guid.
class DemoImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DemoImporter)

public:
    struct Report
    {
        int categories = 0;
        int feeds = 0;
        int articles = 0; // newly stored
    };

    explicit DemoImporter(Library &library);

    Result<Report> importBuiltIn();
    Result<Report> import(const QByteArray &json);

private:
    Library &m_library;
};
