// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Coalition {

QString catalogueDirectory()
{
    return u":/i18n"_s;
}

QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale,
                                        const QString &directory)
{
    QList<QTranslator *> installed;
    const auto install = [&installed](QTranslator *translator, bool loaded) {
        if (loaded && QCoreApplication::installTranslator(translator))
            installed.append(translator);
        else
            delete translator;
    };

    // The plural forms come first so that every later catalogue overrides
    // them; an English locale would find coalition_en again below.
    auto *english = new QTranslator(&app);
    const bool englishLoaded = english->load(u"coalition_en"_s, directory);
    const QString englishFile = englishLoaded ? english->filePath() : QString();
    install(english, englishLoaded);

    auto *qt = new QTranslator(&app);
    install(
        qt,
        qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));

    auto *own = new QTranslator(&app);
    install(own,
            own->load(locale, u"coalition"_s, u"_"_s, directory) && own->filePath() != englishFile);
    return installed;
}

} // namespace Coalition
