// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/proceduralchecks.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace Coalition::Ui {

// The procedural warnings of one coalition as a two-level tree: each warning
// (its summary, with an icon by kind) and under it the reasons that explain
// it. Holds what ProceduralChecks::run found; WarningsPanel fills it.
class WarningModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // CheckKind as int (warnings only)
        KindKeyRole, // checkKindKey(), "missing-notice" ...
        WarningRowRole, // the row of the warning a reason belongs to (or its own)
    };

    explicit WarningModel(QObject *parent = nullptr);

    // Replaces the warnings; rows whose warning is unchanged are kept.
    void setWarnings(const QList<ProceduralWarning> &warnings);
    const QList<ProceduralWarning> &warnings() const { return m_warnings; }
    // The warning an index shows, itself or through one of its reasons.
    const ProceduralWarning *warningAt(const QModelIndex &index) const;
    static QIcon iconFor(CheckKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A reason's internal id is its warning's row + 1; a warning's is 0.
    QList<ProceduralWarning> m_warnings;
};

} // namespace Coalition::Ui
