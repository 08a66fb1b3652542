// Native window: the body map in an SDL2 window, for working on the drawing without a browser.
// The loop blocks in SDL_WaitEvent, so an idle window uses no CPU; frame() draws only after a change.
#include <cstdio>
#include <cstdlib>

#include "data_files.h"
#include "shell.h"

int main(int argc, char** argv) {
  const char* env = std::getenv("TPL_DATA");
  std::string dir = argc > 1 ? argv[1] : (env && *env ? env : TPL_DEFAULT_DATA_DIR);
  std::vector<tpl::SourceFile> files;
  std::string error;
  if (!tpl::read_data_files(dir, files, error)) {
    std::fprintf(stderr, "tpl-window: %s\n", error.c_str());
    return 1;
  }
  tpl::Shell shell;
  if (!shell.open("Trigger Point Locator", 420, 820)) return 1;
  tpl::Update update;
  auto problems = shell.load(tpl::load_dataset(files), update);
  for (const auto& p : problems) std::fprintf(stderr, "%s\n", tpl::to_string(p).c_str());
  if (!problems.empty()) return 1;
  shell.frame();
  SDL_Event event;
  while (SDL_WaitEvent(&event)) {
    if (!shell.handle(event)) break;
    while (SDL_PollEvent(&event)) {
      if (!shell.handle(event)) return 0;
    }
    shell.frame();
  }
  return 0;
}
