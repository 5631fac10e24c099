// The Mustache subset of template.h: parse once into a tree, render by walking
// it with a stack of contexts.
#include "report/template.h"

#include <map>
#include <mutex>

#include "claimcheck/error.h"
#include "report/embedded_templates.h"

namespace claimcheck::report {
using nlohmann::json;

struct Template::Node {
  enum Type { text, variable, raw, section, inverted } type = text;
  std::string value;  // literal text, or the name looked up
  std::vector<Node> children;
};

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\n': case '\r': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#':
      case '~': case '{': case '}': case '!':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_none(std::string_view s) { return std::string(s); }

namespace {

using Node = Template::Node;

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

int line_of(std::string_view source, std::size_t at) {
  int line = 1;
  for (std::size_t i = 0; i < at && i < source.size(); ++i) line += source[i] == '\n';
  return line;
}

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Looks `name` up through the context stack, innermost first.
const json* lookup(const std::vector<const json*>& stack, const std::string& name) {
  if (name == ".") return stack.back();
  std::string first = name.substr(0, name.find('.'));
  const json* found = nullptr;
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if ((*it)->is_object()) {
      auto f = (*it)->find(first);
      if (f != (*it)->end()) {
        found = &*f;
        break;
      }
    }
  }
  std::size_t at = first.size();
  while (found && at < name.size()) {
    std::size_t next = name.find('.', at + 1);
    std::string part = name.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
    if (!found->is_object()) return nullptr;
    auto f = found->find(part);
    found = f == found->end() ? nullptr : &*f;
    at = next == std::string::npos ? name.size() : next;
  }
  return found;
}

bool truthy(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_string()) return !v->get_ref<const std::string&>().empty();
  if (v->is_array() || v->is_object()) return !v->empty();
  return true;
}

std::string as_text(const json* v) {
  if (!v || v->is_null()) return "";
  if (v->is_string()) return v->get<std::string>();
  return v->dump();
}

void render_nodes(const std::vector<Node>& nodes, std::vector<const json*>& stack, Escaper escape,
                  std::string& out) {
  for (const Node& n : nodes) {
    switch (n.type) {
      case Node::text: out += n.value; break;
      case Node::variable: out += escape(as_text(lookup(stack, n.value))); break;
      case Node::raw: out += as_text(lookup(stack, n.value)); break;
      case Node::inverted:
        if (!truthy(lookup(stack, n.value))) render_nodes(n.children, stack, escape, out);
        break;
      case Node::section: {
        const json* v = lookup(stack, n.value);
        if (!truthy(v)) break;
        if (v->is_array()) {
          for (const json& item : *v) {
            stack.push_back(&item);
            render_nodes(n.children, stack, escape, out);
            stack.pop_back();
          }
        } else {
          stack.push_back(v);
          render_nodes(n.children, stack, escape, out);
          stack.pop_back();
        }
        break;
      }
    }
  }
}

}  // namespace

Template Template::parse(std::string_view src, const std::string& name) {
  // Open sections: the node being filled and where it started (for errors).
  std::vector<std::pair<std::vector<Node>*, std::size_t>> open;
  auto root = std::make_shared<std::vector<Node>>();
  std::vector<Node>* current = root.get();
  std::vector<std::string> open_names;

  std::size_t pos = 0;
  auto add_text = [&](std::string_view t) {
    if (t.empty()) return;
    if (!current->empty() && current->back().type == Node::text) {
      current->back().value += t;
    } else {
      current->push_back(Node{Node::text, std::string(t), {}});
    }
  };
  while (pos < src.size()) {
    std::size_t open_at = src.find("{{", pos);
    if (open_at == std::string_view::npos) {
      add_text(src.substr(pos));
      break;
    }
    bool triple = src.compare(open_at, 3, "{{{") == 0;
    std::size_t close_at = src.find(triple ? "}}}" : "}}", open_at + (triple ? 3 : 2));
    if (close_at == std::string_view::npos)
      throw Error(name + ":" + std::to_string(line_of(src, open_at)), "template tag is not closed");
    std::size_t tag_end = close_at + (triple ? 3 : 2);
    std::string body = trim(src.substr(open_at + (triple ? 3 : 2), close_at - open_at - (triple ? 3 : 2)));
    char sigil = triple || body.empty() ? 0 : body[0];
    bool structural = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!';

    std::string_view before = src.substr(pos, open_at - pos);
    if (structural) {
      // Standalone: only blanks between the previous newline and the tag, and
      // between the tag and the next newline -> drop the whole line.
      std::size_t line_start = src.rfind('\n', open_at == 0 ? 0 : open_at - 1);
      line_start = (line_start == std::string_view::npos || open_at == 0) ? 0 : line_start + 1;
      if (line_start < pos) line_start = pos;  // never reach into text already consumed
      std::size_t line_end = src.find('\n', tag_end);
      std::string_view lead = src.substr(line_start, open_at - line_start);
      std::string_view tail = src.substr(tag_end, (line_end == std::string_view::npos ? src.size() : line_end) - tag_end);
      bool at_line_start = line_start == 0 || src[line_start - 1] == '\n';
      if (at_line_start && blank(lead) && blank(tail)) {
        before = src.substr(pos, line_start - pos);
        tag_end = line_end == std::string_view::npos ? src.size() : line_end + 1;
      }
    }
    add_text(before);
    pos = tag_end;

    if (triple || sigil == '&') {
      current->push_back(Node{Node::raw, trim(triple ? body : body.substr(1)), {}});
    } else if (sigil == '!') {
      // comment
    } else if (sigil == '#' || sigil == '^') {
      current->push_back(Node{sigil == '#' ? Node::section : Node::inverted, trim(body.substr(1)), {}});
      open.emplace_back(current, open_at);
      open_names.push_back(current->back().value);
      current = &current->back().children;
    } else if (sigil == '/') {
      std::string closing = trim(body.substr(1));
      if (open.empty() || open_names.back() != closing)
        throw Error(name + ":" + std::to_string(line_of(src, open_at)),
                    "{{/" + closing + "}} closes " + (open.empty() ? "nothing" : "{{#" + open_names.back() + "}}"));
      current = open.back().first;
      open.pop_back();
      open_names.pop_back();
    } else {
      current->push_back(Node{Node::variable, body, {}});
    }
  }
  if (!open.empty())
    throw Error(name + ":" + std::to_string(line_of(src, open.back().second)),
                "{{#" + open_names.back() + "}} is never closed");
  Template t;
  t.nodes_ = root;
  return t;
}

std::string Template::render(const json& context, Escaper escape) const {
  std::string out;
  std::vector<const json*> stack{&context};
  render_nodes(*nodes_, stack, escape, out);
  return out;
}

std::string_view embedded_file(const std::string& name) {
  for (const auto& f : embedded_template_files())
    if (f.name == name) return f.contents;
  throw Error("src/report/templates/" + name, "no such template built into claimcheck");
}

const Template& embedded_template(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, Template> parsed;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = parsed.find(name);
  if (it == parsed.end()) it = parsed.emplace(name, Template::parse(embedded_file(name), name)).first;
  return it->second;
}

}  // namespace claimcheck::report
