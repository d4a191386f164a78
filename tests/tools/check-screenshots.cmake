# SPDX-License-Identifier: GPL-3.0-or-later
# Runs coalition-screenshots into a clean folder and checks that every
# expected page was written as a PNG of 1280x800.
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${PROGRAM}" "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "coalition-screenshots exited with ${result}")
endif()
foreach(page IN LISTS EXPECTED)
    set(png "${OUT}/${page}.png")
    if(NOT EXISTS "${png}")
        message(FATAL_ERROR "${page}.png was not written")
    endif()
    # PNG: 8-byte signature, then the IHDR chunk with width and height.
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 16 size)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "${page}.png is not a PNG file")
    endif()
    if(NOT size STREQUAL "0000050000000320")
        message(FATAL_ERROR "${page}.png is not 1280x800 (IHDR ${size})")
    endif()
endforeach()
