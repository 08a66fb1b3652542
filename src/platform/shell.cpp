// SDL2 rendering of the core's draw list (SDL_RenderGeometry: coloured triangles, no textures) and input
// translation. Nothing here decides what to draw.
#include "shell.h"

namespace tpl {

Shell::~Shell() {
  if (renderer_) SDL_DestroyRenderer(renderer_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

bool Shell::open(const char* title, int css_width, int css_height) {
  // SDL's web backend listens for keys on the whole window unless told otherwise, which would steal keys from
  // the host page; the widget's keyboard use goes through its HTML region list instead.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    SDL_Log("SDL_Init failed: %s", SDL_GetError());
    return false;
  }
  // An OpenGL window from the start: SDL's GL renderers otherwise destroy and recreate a plain window (on the web,
  // the canvas resized to 0, 1 and back). The software renderer, the fallback, draws on either kind.
  window_ = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, css_width, css_height,
                             SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_OPENGL);
  if (!window_) {
    SDL_Log("SDL_CreateWindow failed: %s", SDL_GetError());
    return false;
  }
  renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
  if (!renderer_) {
    SDL_Log("SDL_CreateRenderer failed: %s", SDL_GetError());
    return false;
  }
  SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
  return true;
}

std::vector<Problem> Shell::load(LoadResult loaded) {
  if (!loaded.ok()) return loaded.problems;
  data_ = std::make_unique<Data>(std::move(loaded));
  int w = 0, h = 0, pw = 0, ph = 0;
  if (window_) {
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GetRendererOutputSize(renderer_, &pw, &ph);
    data_->widget.resize(static_cast<float>(w), static_cast<float>(h), w > 0 ? static_cast<float>(pw) / static_cast<float>(w) : 1.0f);
  }
  return {};
}

void Shell::resize(int css_width, int css_height, float pixel_ratio) {
  if (window_) {
    int w = 0, h = 0, pw = 0, ph = 0;
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GetRendererOutputSize(renderer_, &pw, &ph);
    // On the web, setting the canvas size clears and reallocates it even when nothing changes (35 ms at start-up
    // in a profile, where the window opens at the right size and is then told its size again). SDL truncates.
    const bool same = w == css_width && h == css_height &&
                      pw == static_cast<int>(static_cast<float>(css_width) * pixel_ratio) &&
                      ph == static_cast<int>(static_cast<float>(css_height) * pixel_ratio);
    if (!same) SDL_SetWindowSize(window_, css_width, css_height);
  }
  if (data_) data_->widget.resize(static_cast<float>(css_width), static_cast<float>(css_height), pixel_ratio);
  needs_clear_ = true;
}

bool Shell::handle(const SDL_Event& event) {
  Widget* w = widget();
  switch (event.type) {
    case SDL_QUIT: return false;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || event.window.event == SDL_WINDOWEVENT_EXPOSED) {
        int cw = 0, ch = 0, pw = 0, ph = 0;
        SDL_GetWindowSize(window_, &cw, &ch);
        SDL_GetRendererOutputSize(renderer_, &pw, &ph);
        if (w && cw > 0) w->resize(static_cast<float>(cw), static_cast<float>(ch), static_cast<float>(pw) / static_cast<float>(cw));
        needs_clear_ = true;
      }
      if (event.window.event == SDL_WINDOWEVENT_LEAVE && w) w->pointer_leave();
      break;
    case SDL_MOUSEMOTION:
      if (w) w->pointer_move(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
      break;
    case SDL_MOUSEBUTTONDOWN:
      if (w && event.button.button == SDL_BUTTON_LEFT) w->click(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
      break;
    case SDL_KEYDOWN:
      if (!w) break;
      if (event.key.keysym.sym == SDLK_TAB) w->set_view((w->view() + 1) % static_cast<int>(dataset()->views.size()));
      if (event.key.keysym.sym == SDLK_ESCAPE) w->clear();
      break;
    default: break;
  }
  return true;
}

bool Shell::frame() {
  if (!renderer_) return false;
  Widget* w = widget();
  if (!(w && w->needs_redraw()) && !needs_clear_) return false;
  const Theme theme = w ? w->theme() : Theme{};
  SDL_SetRenderDrawColor(renderer_, theme.background.r, theme.background.g, theme.background.b, theme.background.a);
  SDL_RenderClear(renderer_);
  if (w) {
    const DrawList& list = w->draw();
    vertices_.resize(list.vertices.size());
    for (std::size_t i = 0; i < list.vertices.size(); ++i) {
      const Vertex& v = list.vertices[i];
      vertices_[i] = SDL_Vertex{{v.pos.x, v.pos.y}, {v.color.r, v.color.g, v.color.b, v.color.a}, {0, 0}};
    }
    if (!list.indices.empty()) {
      SDL_RenderGeometry(renderer_, nullptr, vertices_.data(), static_cast<int>(vertices_.size()), list.indices.data(),
                         static_cast<int>(list.indices.size()));
    }
  }
  SDL_RenderPresent(renderer_);
  needs_clear_ = false;
  ++frames_drawn_;
  return true;
}

}  // namespace tpl
