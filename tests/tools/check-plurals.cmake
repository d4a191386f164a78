# SPDX-License-Identifier: GPL-3.0-or-later
# Fails while a message with a count (%n) has no English plural forms.
# TS is translations/coalition_en.ts. With LUPDATE, SOURCES_FILE (one source
# per line), INCLUDES and WORK (a scratch folder), a copy of it is first
# refreshed from the sources as update_translations would, so that a %n
# message added since the last refresh is caught too; the file in the
# repository is left alone.
if(NOT EXISTS "${TS}")
    message(FATAL_ERROR "${TS} does not exist")
endif()
set(checked "${TS}")
if(LUPDATE)
    file(REMOVE_RECURSE "${WORK}")
    file(MAKE_DIRECTORY "${WORK}")
    get_filename_component(name "${TS}" NAME)
    set(checked "${WORK}/${name}")
    file(COPY_FILE "${TS}" "${checked}")
    # The include folders come separated by "|", as a ";" would split the
    # test's command line.
    string(REPLACE "|" ";" includes "${INCLUDES}")
    set(include_options "")
    foreach(dir IN LISTS includes)
        list(APPEND include_options "-I${dir}")
    endforeach()
    execute_process(
        COMMAND "${LUPDATE}" -pluralonly -no-obsolete -locations none ${include_options}
                "@${SOURCES_FILE}" -ts "${checked}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
    endif()
endif()

file(READ "${checked}" ts)
set(opening "<message numerus=\"yes\">")
set(closing "</message>")
string(LENGTH "${opening}" opening_length)
set(messages 0)
set(unfinished "")
string(FIND "${ts}" "${opening}" at)
while(at GREATER -1)
    string(SUBSTRING "${ts}" ${at} -1 ts)
    string(FIND "${ts}" "${closing}" end)
    if(end EQUAL -1)
        message(FATAL_ERROR "${TS}: a plural message is not closed")
    endif()
    string(SUBSTRING "${ts}" 0 ${end} entry)
    math(EXPR messages "${messages} + 1")
    string(REGEX MATCH "<source>[^<]*</source>" source "${entry}")
    string(REGEX REPLACE "</?source>" "" source "${source}")
    # English has two forms (a count of one; any other count), both needed.
    string(REGEX MATCHALL "<numerusform>" forms "${entry}")
    list(LENGTH forms form_count)
    if(entry MATCHES "type=\"(unfinished|vanished|obsolete)\""
       OR entry MATCHES "<numerusform></numerusform>|<numerusform */>"
       OR form_count LESS 2)
        string(APPEND unfinished "\n  ${source}")
    endif()
    string(SUBSTRING "${ts}" ${opening_length} -1 ts)
    string(FIND "${ts}" "${opening}" at)
endwhile()

if(messages EQUAL 0)
    message(FATAL_ERROR "${TS} has no plural messages; lupdate -pluralonly finds dozens")
endif()
if(NOT unfinished STREQUAL "")
    message(FATAL_ERROR
        "These messages with a count have no English singular and plural yet:${unfinished}\n"
        "Run `cmake --build <build dir> --target update_translations`, then write both forms "
        "of each in translations/coalition_en.ts (see translations/README.md).")
endif()
message(STATUS "${messages} plural messages, each with its English forms")
