// The platform shell: an SDL2 window and renderer that draw the core's draw list, and the translation of SDL
// input into core calls. The same Shell serves the native window and the web module; only the loop differs.
#pragma once

#include <SDL2/SDL.h>

#include <memory>
#include <string>
#include <vector>

#include "tpl_core.h"

namespace tpl {

class Shell {
 public:
  Shell() = default;
  ~Shell();
  Shell(const Shell&) = delete;
  Shell& operator=(const Shell&) = delete;

  // Opens the window and renderer; on the web the window is the canvas handed to the module.
  bool open(const char* title, int css_width, int css_height);
  // Replaces the dataset; returns the problems (none when it loaded) and keeps the old data on failure.
  std::vector<Problem> load(LoadResult loaded);
  bool loaded() const { return data_ != nullptr; }

  // Translates one SDL event into core calls; returns false when the window should close.
  bool handle(const SDL_Event& event);
  // The one frame function, native and web: renders only when the core says something changed.
  // Returns whether it drew.
  bool frame();
  void resize(int css_width, int css_height, float pixel_ratio);

  Widget* widget() { return data_ ? &data_->widget : nullptr; }
  const Dataset* dataset() const { return data_ ? &data_->loaded.dataset : nullptr; }
  const Matcher* matcher() const { return data_ ? &data_->matcher : nullptr; }
  long frames_drawn() const { return frames_drawn_; }

 private:
  // Dataset, matcher and widget live and die together: the latter two point into the dataset.
  struct Data {
    explicit Data(LoadResult result) : loaded(std::move(result)), matcher(loaded.dataset), widget(loaded.dataset) {}
    LoadResult loaded;
    Matcher matcher;
    Widget widget;
  };

  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<Data> data_;
  std::vector<SDL_Vertex> vertices_;
  long frames_drawn_ = 0;
  bool needs_clear_ = true;
};

}  // namespace tpl
