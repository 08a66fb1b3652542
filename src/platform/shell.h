// The platform shell: an SDL2 window and renderer that draw the session's draw list, and the translation of SDL
// input into the core's events. The same Shell serves the native window and the web module; on the web the page
// translates DOM input into the same events instead of SDL's.
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
  // Replaces the data and binds the session to it; on failure keeps the old data and the session as they were and
  // returns the problems.
  std::vector<Problem> load(LoadResult loaded, Update& update);
  // Puts the texts part of a first-part bundle into the data it loaded (see attach_texts); the panel changes.
  std::vector<Problem> attach_texts(const std::string& texts, Update& update);

  // Passes an event to the session; a resize also resizes the window.
  Update dispatch(const Event& event);
  // Translates one SDL event into core events (native input); returns false when the window should close.
  bool handle(const SDL_Event& event);
  // The one frame function, native and web: renders only when the session says the map changed. Returns whether
  // it drew.
  bool frame();

  Session& session() { return session_; }

 private:
  void resize_to_window();

  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<LoadResult> data_;  // the session points into its dataset
  Session session_;
  std::vector<SDL_Vertex> vertices_;
  bool needs_clear_ = true;
};

}  // namespace tpl
