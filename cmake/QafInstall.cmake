# Install rules: headers, qaf::core (static) and qaf::capi (libqaf.so), the CMake package
# (find_package(qaf CONFIG), SameMajorVersion) and qaf.pc for pkg-config users of the C API.
include(CMakePackageConfigHelpers)

set(QAF_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/qaf")
set(qaf_install_targets qaf_core)
if(QAF_BUILD_CAPI)
    list(APPEND qaf_install_targets qaf_capi)
endif()

install(TARGETS ${qaf_install_targets} EXPORT qaf-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime
                NAMELINK_COMPONENT devel
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/qaf" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT devel)
if(QAF_BUILD_CAPI)
    install(FILES "${PROJECT_SOURCE_DIR}/capi/include/qaf/qaf.h"
            DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/qaf COMPONENT devel)
endif()
install(EXPORT qaf-targets NAMESPACE qaf:: DESTINATION ${QAF_CMAKE_DIR} COMPONENT devel)

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/qaf-config.cmake.in"
    "${CMAKE_CURRENT_BINARY_DIR}/qaf-config.cmake" INSTALL_DESTINATION ${QAF_CMAKE_DIR})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/qaf-config-version.cmake"
    VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/qaf-config.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/qaf-config-version.cmake"
        DESTINATION ${QAF_CMAKE_DIR} COMPONENT devel)

if(QAF_BUILD_CAPI)
    configure_file("${PROJECT_SOURCE_DIR}/cmake/qaf.pc.in" "${CMAKE_CURRENT_BINARY_DIR}/qaf.pc"
                   @ONLY)
    install(FILES "${CMAKE_CURRENT_BINARY_DIR}/qaf.pc"
            DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT devel)
endif()
