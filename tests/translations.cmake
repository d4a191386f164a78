# Translations: the translators both programs install, and the English
# plural forms as the command line prints them.
coalition_add_test(tst_translators SOURCES core/tst_translators.cpp
    LIBRARIES coalition_core coalition_translations)
# A German catalogue of one message, embedded beside the real ones under
# :/i18n, stands in for a locale's own translation.
qt_add_lrelease(tst_translators
    TS_FILES "${CMAKE_CURRENT_SOURCE_DIR}/data/i18n/coalition_de.ts"
    QM_FILES_OUTPUT_VARIABLE tst_translators_qm
    NO_GLOBAL_TARGET)
qt_add_resources(tst_translators "tst_translators_catalogues"
    PREFIX /i18n
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${tst_translators_qm})

coalition_add_test(tst_cliplurals SOURCES cli/tst_cliplurals.cpp cli/clitest.h)
target_compile_definitions(tst_cliplurals PRIVATE COALITION_CLI_PATH="$<TARGET_FILE:coalition-cli>")
add_dependencies(tst_cliplurals coalition-cli)
