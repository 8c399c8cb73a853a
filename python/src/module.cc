// The extension module `argmap._argmap`: the public C++ API (src/api/argmap.h)
// for the Python package around it (python/argmap/__init__.py, which is what
// users import; docs/python.md).
//
// What Python may rely on: every error is one of the package's exceptions
// (Error, and its InputError, RuleError, UsageError, DrawError) carrying the
// command line's text; no C++ exception or abort reaches the interpreter (any
// other std::exception becomes argmap.Error, std::bad_alloc MemoryError). The
// GIL is released while a Mapper reads, maps, scores or trains and while a map
// is exported or compared, so other Python threads run meanwhile; one Mapper
// serves one call at a time (a lock in each Mapper).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "api/argmap.h"

namespace py = pybind11;
using argmap::api::Error;
using argmap::api::ErrorKind;

namespace {

struct Exceptions {
  PyObject* error = nullptr;
  PyObject* input = nullptr;
  PyObject* rules = nullptr;
  PyObject* usage = nullptr;
  PyObject* draw = nullptr;
};
Exceptions g_exceptions;

PyObject* NewException(py::module_& m, const char* name, PyObject* bases, const char* doc) {
  std::string qualified = std::string("argmap.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases, nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));
  return type;
}

void DefineExceptions(py::module_& m) {
  Exceptions& e = g_exceptions;
  e.error = NewException(m, "Error", PyExc_Exception, "Any error argmap reports.");
  e.input = NewException(m, "InputError", e.error,
                         "An input, gold file or map could not be read, or held no abstract.");
  e.rules = NewException(m, "RuleError", e.error, "The rule pack or the model file has errors.");
  py::tuple usage_bases = py::make_tuple(py::handle(e.error), py::handle(PyExc_ValueError));
  e.usage = NewException(m, "UsageError", usage_bases.ptr(),
                         "An option value is wrong (unknown pack or format, jobs out of range).");
  e.draw = NewException(m, "DrawError", e.error, "Graphviz failed or is not installed.");
}

// Text argmap gives back (a message, diagnostics, a report) as a str. Paths
// come in as bytes (os.fsencode), so a path in the text may hold bytes that are
// not UTF-8: they come back as surrogates, as Python's file names have them.
py::str Text(const std::string& text) {
  PyObject* str =
      PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "surrogateescape");
  if (str == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(str);
}

[[noreturn]] void Raise(const Error& error) {
  PyObject* type = g_exceptions.error;
  switch (error.kind) {
    case ErrorKind::kInput:
      type = g_exceptions.input;
      break;
    case ErrorKind::kRules:
      type = g_exceptions.rules;
      break;
    case ErrorKind::kUsage:
      type = g_exceptions.usage;
      break;
    case ErrorKind::kDraw:
      type = g_exceptions.draw;
      break;
    case ErrorKind::kOutput:  // the base class: no narrower one fits
    case ErrorKind::kNone:
      break;
  }
  py::str message = Text(error.message);
  PyErr_SetObject(type, message.ptr());
  throw py::error_already_set();
}

// Runs `fn` without the GIL, then raises its Error, if any, with the GIL.
template <typename Fn>
void Call(Fn&& fn) {
  Error error;
  bool ok;
  {
    py::gil_scoped_release release;
    ok = fn(&error);
  }
  if (!ok) Raise(error);
}

using MapPtr = std::shared_ptr<argmap::api::Map>;

// A loaded rule pack and model; calls on one Mapper are serialised.
class PyMapper {
 public:
  PyMapper(const std::string& pack, const std::string& rules,
           const std::vector<std::string>& add_rules, const std::string& model, long long jobs) {
    argmap::api::MapperOptions options{pack, rules, add_rules, model, jobs};
    Call([&](Error* error) { return mapper_.Load(options, error); });
  }

  MapPtr Read(const std::string& path, const argmap::api::ReadOptions& options) {
    auto map = std::make_shared<argmap::api::Map>();
    Call([&](Error* error) {
      std::lock_guard<std::mutex> lock(mutex_);
      return mapper_.ReadPath(path, options, map.get(), error);
    });
    return map;
  }

  MapPtr MapRecords(const std::string& json, const std::string& name, int record_base,
                    const argmap::api::ReadOptions& options) {
    auto map = std::make_shared<argmap::api::Map>();
    Call([&](Error* error) {
      std::lock_guard<std::mutex> lock(mutex_);
      return mapper_.MapRecords(json, name, record_base, options, map.get(), error);
    });
    return map;
  }

  // The maps of a batch and its diagnostics; `seen` carries the ids across batches.
  std::pair<std::vector<MapPtr>, py::str> MapEach(const std::string& json, const std::string& name,
                                                  int record_base,
                                                  const argmap::api::ReadOptions& options,
                                                  argmap::api::SeenIds* seen) {
    std::vector<argmap::api::Map> maps;
    std::string diagnostics;
    Call([&](Error* error) {
      std::lock_guard<std::mutex> lock(mutex_);
      return mapper_.MapEach(json, name, record_base, options, seen, &maps, &diagnostics, error);
    });
    std::vector<MapPtr> out;
    for (argmap::api::Map& m : maps)
      out.push_back(std::make_shared<argmap::api::Map>(std::move(m)));
    return {std::move(out), Text(diagnostics)};
  }

  py::tuple Eval(const std::string& gold) {
    argmap::api::Mapper::EvalResult result;
    Call([&](Error* error) {
      std::lock_guard<std::mutex> lock(mutex_);
      return mapper_.Eval(gold, &result, error);
    });
    return py::make_tuple(Text(result.report), result.scores, result.abstracts);
  }

  py::str Train(const std::vector<std::string>& gold, double cost) {
    std::string model;
    Call([&](Error* error) {
      std::lock_guard<std::mutex> lock(mutex_);
      return mapper_.Train(gold, cost, &model, error);
    });
    return Text(model);
  }

 private:
  argmap::api::Mapper mapper_;
  std::mutex mutex_;
};

argmap::api::ReadOptions MakeReadOptions(const std::string& input_format,
                                         const std::string& encoding, bool strict) {
  return argmap::api::ReadOptions{input_format, encoding, strict};
}

py::bytes Export(const argmap::api::Map& map, const std::string& format,
                 const argmap::api::LayoutOptions& layout) {
  std::string bytes;
  Call([&](Error* error) { return argmap::api::Export(map, format, layout, &bytes, error); });
  return py::bytes(bytes);
}

std::shared_ptr<argmap::api::Comparison> Compare(const std::vector<MapPtr>& maps, double threshold,
                                                 long long max_links, long long jobs) {
  auto comparison = std::make_shared<argmap::api::Comparison>();
  argmap::api::CompareOptions options{threshold, max_links, jobs};
  std::vector<const argmap::api::Map*> pointers;
  for (const MapPtr& m : maps) pointers.push_back(m.get());
  Call([&](Error* error) {
    return argmap::api::Compare(pointers, options, comparison.get(), error);
  });
  return comparison;
}

py::bytes ExportComparison(const argmap::api::Comparison& comparison, const std::string& format,
                           long long top) {
  std::string bytes;
  Call([&](Error* error) {
    return argmap::api::ExportComparison(comparison, format, top, &bytes, error);
  });
  return py::bytes(bytes);
}

}  // namespace

PYBIND11_MODULE(_argmap, m) {
  m.doc() = "argmap's C++ library (src/api/argmap.h); import argmap instead.";
  DefineExceptions(m);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const py::error_already_set&) {
      throw;
    } catch (const std::bad_alloc&) {
      PyErr_SetNone(PyExc_MemoryError);
    } catch (const std::exception& e) {
      PyErr_SetString(g_exceptions.error,
                      (std::string("argmap: internal error: ") + e.what()).c_str());
    }
  });

  py::class_<argmap::api::Map, MapPtr>(m, "Map")
      .def_property_readonly("diagnostics",
                             [](const argmap::api::Map& map) { return Text(map.diagnostics()); })
      .def_property_readonly("document_count", &argmap::api::Map::document_count)
      .def("export", &Export, py::arg("format"), py::arg("layout"));

  py::class_<argmap::api::Comparison, std::shared_ptr<argmap::api::Comparison>>(m, "Comparison")
      .def_property_readonly("link_count", &argmap::api::Comparison::link_count)
      .def("papers",
           [](const argmap::api::Comparison& c) {
             return std::make_shared<argmap::api::Map>(c.papers());
           })
      .def("export", &ExportComparison, py::arg("format"), py::arg("top"));

  // The ids an iter_extract has mapped so far, opaque to Python.
  py::class_<argmap::api::SeenIds>(m, "SeenIds").def(py::init<>());
  py::class_<PyMapper>(m, "Mapper")
      .def(py::init<const std::string&, const std::string&, const std::vector<std::string>&,
                    const std::string&, long long>(),
           py::arg("pack"), py::arg("rules"), py::arg("add_rules"), py::arg("model"),
           py::arg("jobs"))
      .def(
          "read",
          [](PyMapper& self, const std::string& path, const std::string& input_format,
             const std::string& encoding, bool strict) {
            return self.Read(path, MakeReadOptions(input_format, encoding, strict));
          },
          py::arg("path"), py::arg("input_format"), py::arg("encoding"), py::arg("strict"))
      .def(
          "map_records",
          [](PyMapper& self, const std::string& json, const std::string& name, int record_base,
             const std::string& input_format, bool strict) {
            return self.MapRecords(json, name, record_base,
                                   MakeReadOptions(input_format, "", strict));
          },
          py::arg("json"), py::arg("name"), py::arg("record_base"), py::arg("input_format"),
          py::arg("strict"))
      .def(
          "map_each",
          [](PyMapper& self, const std::string& json, const std::string& name, int record_base,
             const std::string& input_format, bool strict, argmap::api::SeenIds& seen) {
            return self.MapEach(json, name, record_base, MakeReadOptions(input_format, "", strict),
                                &seen);
          },
          py::arg("json"), py::arg("name"), py::arg("record_base"), py::arg("input_format"),
          py::arg("strict"), py::arg("seen"))
      .def("eval", &PyMapper::Eval, py::arg("gold"))
      .def("train", &PyMapper::Train, py::arg("gold"), py::arg("cost"));

  m.def("compare", &Compare, py::arg("maps"), py::arg("threshold"), py::arg("max_links"),
        py::arg("jobs"));
  m.def("format_names", &argmap::api::FormatNames);
  m.def("format_for_path", [](const std::string& path) {
    std::string format;
    Call([&](Error* error) { return argmap::api::FormatForPath(path, &format, error); });
    return format;
  });
  m.def("hardware_jobs", &argmap::api::DefaultJobs);
  m.def(
      "check_count",
      [](const std::string& name, long long value, long long low) {
        Call([&](Error* error) { return argmap::api::CheckCount(name, value, low, error); });
      },
      py::arg("name"), py::arg("value"), py::arg("low"));
}
