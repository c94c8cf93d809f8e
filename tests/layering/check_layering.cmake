cmake_minimum_required(VERSION 3.24)
# The layers of shared/DESIGN.md, checked on the sources: the window (src/gui)
# includes no header of storage or net, it reaches them through services;
# nothing below gui includes QtWidgets or QtWebEngine.
#   cmake -DSOURCE_DIR=<repo> -P check_layering.cmake
file(GLOB lower_headers RELATIVE "${SOURCE_DIR}/src/storage" "${SOURCE_DIR}/src/storage/*.h")
file(GLOB net_headers RELATIVE "${SOURCE_DIR}/src/net" "${SOURCE_DIR}/src/net/*.h")
list(APPEND lower_headers ${net_headers})

set(problems "")
file(GLOB gui_files "${SOURCE_DIR}/src/gui/*.h" "${SOURCE_DIR}/src/gui/*.cpp")
foreach(file IN LISTS gui_files)
    file(STRINGS "${file}" includes REGEX "^#include \"[^\"]+\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
        if(header IN_LIST lower_headers)
            list(APPEND problems "${file} includes ${header}")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE below_gui "${SOURCE_DIR}/src/core/*" "${SOURCE_DIR}/src/net/*" "${SOURCE_DIR}/src/storage/*"
     "${SOURCE_DIR}/src/services/*" "${SOURCE_DIR}/src/models/*")
foreach(file IN LISTS below_gui)
    file(STRINGS "${file}" widgets REGEX "^#include <Qt(Widgets|WebEngine)|^#include <Q(Widget|WebEngine)")
    if(widgets)
        list(APPEND problems "${file} includes ${widgets}")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering broken:\n  ${text}")
endif()
message(STATUS "layering: gui reaches storage and net through services only; no widgets below gui")
