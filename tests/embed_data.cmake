# Writes every data/*.json file as a C++ initializer of {name, text} pairs, for the wasm unit tests (no file
# system there). Usage: cmake -DDATA_DIR=... -DOUT=... -P embed_data.cmake
file(GLOB_RECURSE files RELATIVE "${DATA_DIR}" "${DATA_DIR}/*.json")
list(SORT files)
set(out "")
foreach(name ${files})
  file(READ "${DATA_DIR}/${name}" text)
  string(APPEND out "{\"${name}\", R\"tpl_data(${text})tpl_data\"},\n")
endforeach()
file(WRITE "${OUT}" "${out}")
