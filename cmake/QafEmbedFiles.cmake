# qaf_embed_files(target dir glob name): compiles every file matching dir/glob into target as
#   namespace qaf::detail { extern const EmbeddedFile <name>[]; extern const std::size_t <name>_count; }
# (see src/detail/embedded_files.hpp). The generated source is rebuilt when a file changes.
function(qaf_embed_files target dir glob name)
    file(GLOB files CONFIGURE_DEPENDS "${dir}/${glob}")
    list(SORT files)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
    add_custom_command(
        OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${name} "-DFILES=${files}"
                -P "${PROJECT_SOURCE_DIR}/cmake/QafEmbedFilesScript.cmake"
        DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/QafEmbedFilesScript.cmake"
        COMMENT "Embedding ${name}" VERBATIM)
    target_sources(${target} PRIVATE "${out}")
endfunction()
