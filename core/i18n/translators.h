// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace Coalition {

// Where the build embeds the compiled catalogues, coalition_<locale>.qm
// (target coalition_translations, from translations/).
QString catalogueDirectory();

// Installs on `app` the translators both programs start with, in this order:
//  1. coalition_en, the English plural forms of the source texts ("1 day",
//     "2 days"), whatever the locale;
//  2. Qt's own messages for `locale`, when Qt ships them;
//  3. Coalition Desk's catalogue for `locale`, when there is one other than
//     coalition_en.
// Qt asks the translator installed last first, so the locale's catalogue
// wins and a message it leaves untranslated still reads as correct English.
// Catalogues that are missing are skipped: nothing here needs a display or a
// locale other than C. Returns the translators installed, in the order of
// installation; `app` owns them (deleting one uninstalls it).
QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale = QLocale(),
                                        const QString &directory = catalogueDirectory());

} // namespace Coalition
