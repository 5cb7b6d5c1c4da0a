# Warnings on for our own targets only (not for Qt's generated code we cannot change).
add_library(lattice_warnings INTERFACE)
target_compile_options(lattice_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${LATTICE_WERROR}>:-Werror>)
target_compile_definitions(lattice_warnings INTERFACE
  QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY QT_STRICT_ITERATORS)
