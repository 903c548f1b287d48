# Third-party libraries as folio_dep_* targets, so one executable can take them from Debian's
# static archives while everything else links the shared ones.
#
# Why: loading ICU, libxml2, cmark-gfm, yaml-cpp and zlib as shared libraries cost ~10 ms of every run
# (bench/startup-floor), more than a whole txt or EPUB conversion. The folio executable sets the
# target property FOLIO_STATIC_DEPENDENCIES; the choice is made for the target being linked (the
# "head" target), through every static library in between. Tests keep the shared libraries
# (faster links, smaller binaries); the PDF engine module must too, because Debian's archives
# are not position-independent.

set(_folio_lib_dir /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE})
set(_folio_static "$<BOOL:$<TARGET_PROPERTY:FOLIO_STATIC_DEPENDENCIES>>")

# folio_dependency(NAME SHARED <targets or libraries> STATIC <archives and flags> [INCLUDES <dirs>] [DEPENDS <folio_dep targets>])
function(folio_dependency name)
  cmake_parse_arguments(D "" "" "SHARED;STATIC;INCLUDES;DEPENDS" ${ARGN})
  add_library(${name} INTERFACE)
  foreach(archive IN LISTS D_STATIC)
    if(archive MATCHES "\\.a$" AND NOT EXISTS "${archive}")
      message(FATAL_ERROR "${name}: ${archive} is missing (scripts/setup installs the -dev packages)")
    endif()
  endforeach()
  list(JOIN D_SHARED "$<SEMICOLON>" shared)
  list(JOIN D_STATIC "$<SEMICOLON>" static)
  target_link_libraries(${name} INTERFACE
    "$<$<NOT:${_folio_static}>:${shared}>" "$<${_folio_static}:${static}>" ${D_DEPENDS})
  if(D_INCLUDES)
    target_include_directories(${name} SYSTEM INTERFACE ${D_INCLUDES})
  endif()
endfunction()

folio_dependency(folio_dep_icu
  SHARED ICU::i18n ICU::uc ICU::data
  STATIC ${_folio_lib_dir}/libicui18n.a ${_folio_lib_dir}/libicuuc.a ${_folio_lib_dir}/libicudata.a
         ${CMAKE_DL_LIBS} -lpthread -lm
  INCLUDES ${ICU_INCLUDE_DIRS})
folio_dependency(folio_dep_zlib
  SHARED ZLIB::ZLIB
  STATIC ${_folio_lib_dir}/libz.a
  INCLUDES ${ZLIB_INCLUDE_DIRS})
folio_dependency(folio_dep_deflate
  SHARED PkgConfig::LIBDEFLATE
  STATIC ${_folio_lib_dir}/libdeflate.a)
folio_dependency(folio_dep_xml2
  SHARED LibXml2::LibXml2
  # libxml2 converts legacy charsets with ICU: its archives come again after it.
  STATIC ${_folio_lib_dir}/libxml2.a ${_folio_lib_dir}/libicuuc.a ${_folio_lib_dir}/libicudata.a
         ${_folio_lib_dir}/liblzma.a ${_folio_lib_dir}/libz.a -lm
  INCLUDES ${LIBXML2_INCLUDE_DIRS})
folio_dependency(folio_dep_cmark
  SHARED ${CMARK_GFM_EXTENSIONS_LIBRARY} PkgConfig::CMARK_GFM
  STATIC ${_folio_lib_dir}/libcmark-gfm-extensions.a ${_folio_lib_dir}/libcmark-gfm.a
  INCLUDES ${CMARK_GFM_INCLUDE_DIRS})
folio_dependency(folio_dep_yaml
  SHARED yaml-cpp
  STATIC ${_folio_lib_dir}/libyaml-cpp.a
  INCLUDES ${YAML_CPP_INCLUDE_DIR})

# toml++ is a header-only library; Debian's package also builds it as a shared one, which would
# only add a library to load.
add_library(folio_dep_toml INTERFACE)
target_include_directories(folio_dep_toml SYSTEM INTERFACE
  $<TARGET_PROPERTY:tomlplusplus::tomlplusplus,INTERFACE_INCLUDE_DIRECTORIES>)
target_compile_definitions(folio_dep_toml INTERFACE TOML_HEADER_ONLY=1)
