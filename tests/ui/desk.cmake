# Main window, session, undo, settings: tests of the desktop's frame.
