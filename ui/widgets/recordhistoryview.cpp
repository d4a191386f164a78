// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recordhistoryview.h"
#include "widgets/flattree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr qsizetype ShownLength = 80;

QString shortened(const QString &text)
{
    const QString oneLine = text.simplified();
    return oneLine.size() > ShownLength ? oneLine.left(ShownLength - 1) + u'…' : oneLine;
}

} // namespace

RecordHistoryView::RecordHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setUpFlatTree(this, {tr("When"), tr("Who"), tr("What"), tr("Change")});
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAccessibleName(tr("History of changes"));
    header()->resizeSection(0, 130);
    header()->resizeSection(1, 80);
    header()->resizeSection(2, 110);
}

QString RecordHistoryView::listText(const QString &value)
{
    if (!value.startsWith(u'['))
        return value;
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isArray())
        return value;
    QStringList items;
    const QJsonArray array = document.array();
    for (const QJsonValue &item : array)
        items.append(item.isString() ? item.toString() : AuditLog::valueText(item));
    return items.join(u", "_s);
}

void RecordHistoryView::setEntries(const QList<AuditEntry> &entries, const FieldLabel &label,
                                   const ValueText &value)
{
    clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &entry = *it;
        auto *item = new QTreeWidgetItem;
        item->setText(0, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, locale.toString(entry.at.toLocalTime(), QLocale::LongFormat));
        item->setText(1, entry.osUser);
        if (entry.field.isEmpty()) {
            item->setText(2, entry.oldValue ? tr("Removed") : tr("Added"));
        } else {
            item->setText(2, label(entry.field));
            const auto words = [&](const std::optional<QString> &stored) {
                const QString text = stored ? value(entry.field, listText(*stored)) : QString();
                return text.isEmpty() ? tr("(empty)") : text;
            };
            const QString before = words(entry.oldValue);
            const QString after = words(entry.newValue);
            item->setText(3, tr("%1 → %2").arg(shortened(before), shortened(after)));
            item->setToolTip(3, tr("Before: %1\nAfter: %2").arg(before, after));
        }
        items.append(item);
    }
    addTopLevelItems(items);
}

} // namespace Coalition::Ui
