// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class Page;
class WorkspaceSession;

// The main window's pages, in sidebar order. A new page is one class and one
// line in pageregistry.cpp.
struct PageFactory
{
    std::function<Page *(WorkspaceSession &session, QWidget *parent)> create;
};

const QList<PageFactory> &registeredPages();

} // namespace Coalition::Ui
