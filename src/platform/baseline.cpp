// The start-up baseline of `make bench`: a program built with the same toolchain, flags and SDL2 as the widget's
// core that opens a WebGL canvas and draws one frame, and does nothing else. The widget's cold load is reported as a
// multiple of this page's, measured in the same run, so the figure compares across machines of different speed.
#include <SDL2/SDL.h>
#include <emscripten.h>

extern "C" {

void tpl_bind_canvas();  // web_library.js

// Opens the canvas and draws one triangle; returns 1 when it drew.
EMSCRIPTEN_KEEPALIVE int baseline_frame(int css_width, int css_height) {
  tpl_bind_canvas();
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return 0;
  SDL_Window* window = SDL_CreateWindow("baseline", 0, 0, css_width, css_height, SDL_WINDOW_OPENGL);
  SDL_Renderer* renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED) : nullptr;
  if (!renderer) return 0;
  SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
  SDL_RenderClear(renderer);
  const float w = static_cast<float>(css_width), h = static_cast<float>(css_height);
  const SDL_Vertex triangle[] = {{{w * 0.5f, h * 0.1f}, {238, 226, 216, 255}, {0, 0}},
                                 {{w * 0.9f, h * 0.9f}, {238, 226, 216, 255}, {0, 0}},
                                 {{w * 0.1f, h * 0.9f}, {238, 226, 216, 255}, {0, 0}}};
  SDL_RenderGeometry(renderer, nullptr, triangle, 3, nullptr, 0);
  SDL_RenderPresent(renderer);
  return 1;
}

}  // extern "C"

int main() { return 0; }
