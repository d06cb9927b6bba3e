# Runs the Unicode table generator (ICU) and fails when its output differs from the tables the
# core is built with. Regenerate: build/native/tests/xxgk_gen_unicode_tables > core/src/text/unicode_tables.inc
execute_process(COMMAND ${GEN} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xxgk_gen_unicode_tables failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${TABLES} RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
  message(FATAL_ERROR "core/src/text/unicode_tables.inc differs from ICU's answer: regenerate it with ${GEN} > ${TABLES}")
endif()
