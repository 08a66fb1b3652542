// SDL2 rendering of the session's draw list (SDL_RenderGeometry: coloured triangles, no textures) and the
// translation of SDL input into core events. Nothing here decides what to draw or what input means.
#include "shell.h"

namespace tpl {

Shell::~Shell() {
  if (renderer_) SDL_DestroyRenderer(renderer_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

bool Shell::open(const char* title, int css_width, int css_height) {
  // SDL's web backend listens for keys on the whole window unless told otherwise, which would steal keys from
  // the host page; on the web the page sends the widget's keys to the core itself.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    SDL_Log("SDL_Init failed: %s", SDL_GetError());
    return false;
  }
  // An OpenGL window from the start: SDL's GL renderers otherwise destroy and recreate a plain window (on the web,
  // the canvas resized to 0, 1 and back). The software renderer draws on either kind: natively, and on the web in the
  // JavaScript core that browsers without WebGL run (the wasm core has none; a canvas holding the page's WebGL
  // context could not give it a 2D one anyway).
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

std::vector<Problem> Shell::load(LoadResult loaded, Update& update) {
  if (!loaded.ok()) return loaded.problems;
  auto data = std::make_unique<LoadResult>(std::move(loaded));
  update = session_.bind(data->dataset);
  data_ = std::move(data);  // the old dataset goes only now that nothing points into it
  if (window_) resize_to_window();
  return {};
}

std::vector<Problem> Shell::attach_texts(const std::string& texts, Update& update) {
  if (!data_) return {{"texts bundle", "/", "no data bundle has loaded"}};
  std::vector<Problem> problems = tpl::attach_texts(data_->dataset, texts);
  update.parts |= part_panel;
  return problems;
}

void Shell::resize_to_window() {
  int w = 0, h = 0, pw = 0, ph = 0;
  SDL_GetWindowSize(window_, &w, &h);
  SDL_GetRendererOutputSize(renderer_, &pw, &ph);
  if (w <= 0 || h <= 0) return;
  session_.handle(resize_event(static_cast<float>(w), static_cast<float>(h), static_cast<float>(pw) / static_cast<float>(w)));
  needs_clear_ = true;
}

Update Shell::dispatch(const Event& event) {
  if (event.type == Event::Type::resize && window_ && event.width >= 1 && event.height >= 1) {
    const int css_width = static_cast<int>(event.width), css_height = static_cast<int>(event.height);
    int w = 0, h = 0, pw = 0, ph = 0;
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GetRendererOutputSize(renderer_, &pw, &ph);
    // On the web, setting the canvas size clears and reallocates it even when nothing changes (the window opens at
    // the right size and is then told its size again). SDL truncates sizes.
    const bool same = w == css_width && h == css_height && pw == static_cast<int>(event.width * event.ratio) &&
                      ph == static_cast<int>(event.height * event.ratio);
    if (!same) SDL_SetWindowSize(window_, css_width, css_height);
    needs_clear_ = true;
  }
  return session_.handle(event);
}

namespace {
// Key names as the web's KeyboardEvent.key gives them, so that the core reads one set of names.
std::string key_name(SDL_Keycode key) {
  switch (key) {
    case SDLK_RIGHT: return "ArrowRight";
    case SDLK_LEFT: return "ArrowLeft";
    case SDLK_UP: return "ArrowUp";
    case SDLK_DOWN: return "ArrowDown";
    case SDLK_HOME: return "Home";
    case SDLK_END: return "End";
    case SDLK_ESCAPE: return "Escape";
    case SDLK_TAB: return "Tab";
    default: return SDL_GetKeyName(key);
  }
}

Event pointer_event(Event::Type type, int x, int y) {
  Event event;
  event.type = type;
  event.x = static_cast<float>(x);
  event.y = static_cast<float>(y);
  return event;
}
}  // namespace

bool Shell::handle(const SDL_Event& event) {
  Update update;
  switch (event.type) {
    case SDL_QUIT: return false;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || event.window.event == SDL_WINDOWEVENT_EXPOSED) {
        resize_to_window();
      } else if (event.window.event == SDL_WINDOWEVENT_LEAVE) {
        update = session_.handle(pointer_event(Event::Type::pointer_leave, 0, 0));
      }
      break;
    case SDL_MOUSEMOTION:
      update = session_.handle(pointer_event(Event::Type::pointer_move, event.motion.x, event.motion.y));
      break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      if (event.button.button == SDL_BUTTON_LEFT) {
        const auto type = event.type == SDL_MOUSEBUTTONDOWN ? Event::Type::pointer_down : Event::Type::pointer_up;
        update = session_.handle(pointer_event(type, event.button.x, event.button.y));
      }
      break;
    case SDL_KEYDOWN: {
      Event key;
      key.type = Event::Type::key;
      key.key = key_name(event.key.keysym.sym);
      update = session_.handle(key);
      break;
    }
    default: break;
  }
  for (const std::string& note : update.notes) SDL_Log("%s", note.c_str());
  return true;
}

bool Shell::frame() {
  if (!renderer_) return false;
  if (!session_.needs_redraw() && !needs_clear_) return false;
  const Color background = session_.theme().background;
  SDL_SetRenderDrawColor(renderer_, background.r, background.g, background.b, background.a);
  SDL_RenderClear(renderer_);
  const DrawList& list = session_.draw();
  vertices_.resize(list.vertices.size());
  for (std::size_t i = 0; i < list.vertices.size(); ++i) {
    const Vertex& v = list.vertices[i];
    vertices_[i] = SDL_Vertex{{v.pos.x, v.pos.y}, {v.color.r, v.color.g, v.color.b, v.color.a}, {0, 0}};
  }
  if (!list.indices.empty()) {
    SDL_RenderGeometry(renderer_, nullptr, vertices_.data(), static_cast<int>(vertices_.size()), list.indices.data(),
                       static_cast<int>(list.indices.size()));
  }
  SDL_RenderPresent(renderer_);
  needs_clear_ = false;
  return true;
}

}  // namespace tpl
