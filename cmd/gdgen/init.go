package main

// gdgen init: scaffold a new Godot project whose logic is a Go extension.

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"text/template"
)

const gdpureModule = "github.com/gdpure/gdpure"

// initOptions are what a scaffold is made from.
type initOptions struct {
	Dir    string // the new project's folder
	Name   string // the project and library name (lowercase letters, digits, _)
	Module string // the Go module path of the plugin
	// Gdpure is the local gdpure checkout the plugin's go.mod points at (a replace directive), or ""
	// to require the published Version.
	Gdpure  string
	Version string
	// Requires and Sum are gdpure's own requirements and go.sum, so the plugin builds offline from
	// the module cache.
	Requires []string
	Sum      string
}

// runInit is `gdgen init [-module PATH] [-gdpure DIR] DIR`.
func runInit(args []string) error {
	fs := flag.NewFlagSet("gdgen init", flag.ContinueOnError)
	module := fs.String("module", "", "the Go module path of the new plugin (default: example.com/NAME)")
	gdpure := fs.String("gdpure", "", "a local gdpure checkout to build against (default: the checkout gdgen runs from, if any)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: gdgen init [-module PATH] [-gdpure DIR] DIR")
	}
	o, err := newInitOptions(fs.Arg(0), *module, *gdpure)
	if err != nil {
		return err
	}
	if err := scaffold(o); err != nil {
		return err
	}
	fmt.Printf("gdgen init: made %s (Godot project %q, Go module %s)\n", o.Dir, o.Name, o.Module)
	fmt.Printf("next: cd %s && make headless   (make edit opens it in the Godot editor)\n", o.Dir)
	return nil
}

var nameChars = regexp.MustCompile(`[^a-z0-9_]+`)

func newInitOptions(dir, module, gdpure string) (initOptions, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return initOptions{}, err
	}
	name := strings.Trim(nameChars.ReplaceAllString(strings.ToLower(filepath.Base(abs)), "_"), "_")
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		name = "game" + name
	}
	o := initOptions{Dir: abs, Name: name, Module: module}
	if o.Module == "" {
		o.Module = "example.com/" + name
	}
	if gdpure == "" {
		gdpure = findCheckout()
	}
	if gdpure != "" {
		if o.Gdpure, err = filepath.Abs(gdpure); err != nil {
			return o, err
		}
		mod, err := os.ReadFile(filepath.Join(o.Gdpure, "go.mod"))
		if err != nil || !strings.HasPrefix(string(mod), "module "+gdpureModule+"\n") {
			return o, fmt.Errorf("%s is not a gdpure checkout (its go.mod does not declare %s)", o.Gdpure, gdpureModule)
		}
		o.Version = "v0.0.0-00010101000000-000000000000"
		o.Requires = requirements(string(mod))
		sum, _ := os.ReadFile(filepath.Join(o.Gdpure, "go.sum"))
		o.Sum = string(sum)
	} else if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Path == gdpureModule && strings.HasPrefix(bi.Main.Version, "v") {
		o.Version = bi.Main.Version // gdgen run as a published module: require that version
	} else {
		return o, fmt.Errorf("no gdpure checkout here: run gdgen init from a gdpure checkout, or pass -gdpure DIR")
	}
	return o, nil
}

// findCheckout returns the gdpure checkout holding the current directory, or "".
func findCheckout() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			if strings.HasPrefix(string(mod), "module "+gdpureModule+"\n") {
				return dir
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// requirements returns the "path version" lines of go.mod's require directives.
func requirements(mod string) []string {
	var out []string
	inBlock := false
	for _, line := range strings.Split(mod, "\n") {
		line = strings.TrimSpace(strings.SplitN(line, "//", 2)[0])
		switch {
		case line == "require (":
			inBlock = true
		case inBlock && line == ")":
			inBlock = false
		case inBlock && line != "":
			out = append(out, line)
		case strings.HasPrefix(line, "require ") && !strings.HasSuffix(line, "("):
			out = append(out, strings.TrimSpace(strings.TrimPrefix(line, "require ")))
		}
	}
	return out
}

// scaffold writes the project. It refuses to overwrite files that exist.
func scaffold(o initOptions) error {
	files := map[string]string{
		"project.godot":             projectTemplate,
		"[[.Name]].gdextension":     gdextensionTemplate,
		".godot/extension_list.cfg": "res://[[.Name]].gdextension\n",
		".gitignore":                ".godot/\nbin/\n",
		"main.tscn":                 mainSceneTemplate,
		"main.gd":                   mainScriptTemplate,
		"Makefile":                  makefileTemplate,
		"go/go.mod":                 goModTemplate,
		"go/go.sum":                 "[[.Sum]]",
		"go/main.go":                goMainTemplate,
		"go/spinner.go":             goSpinnerTemplate,
		"README.md":                 readmeTemplate,
	}
	for name := range files {
		path := filepath.Join(o.Dir, render(name, o))
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%s exists; gdgen init makes new projects only", path)
		}
	}
	for name, text := range files {
		path := filepath.Join(o.Dir, render(name, o))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(render(text, o)), 0o644); err != nil {
			return err
		}
	}
	// The generated bindings, so the project builds before go generate first runs.
	dir := filepath.Join(o.Dir, "go")
	fs, err := bindPackage(dir, "")
	if err != nil {
		return fmt.Errorf("binding the new package: %w", err)
	}
	for _, f := range fs {
		if err := f.write(dir); err != nil {
			return err
		}
	}
	return nil
}

func render(text string, o initOptions) string {
	var b bytes.Buffer
	t := template.Must(template.New("").Delims("[[", "]]").Parse(text))
	if err := t.Execute(&b, o); err != nil {
		panic(err)
	}
	return b.String()
}

const projectTemplate = `; A Godot project whose logic is a Go extension (go/), made by gdgen init.
config_version=5

[application]
config/name="[[.Name]]"
run/main_scene="res://main.tscn"
`

const gdextensionTemplate = `[configuration]
entry_symbol = "gdpure_entry"
compatibility_minimum = "4.6"
reloadable = false

[libraries]
linux.x86_64 = "res://bin/lib[[.Name]].linux.x86_64.so"
linux.arm64 = "res://bin/lib[[.Name]].linux.arm64.so"
windows.x86_64 = "res://bin/[[.Name]].windows.x86_64.dll"
windows.arm64 = "res://bin/[[.Name]].windows.arm64.dll"
macos.x86_64 = "res://bin/lib[[.Name]].macos.x86_64.dylib"
macos.arm64 = "res://bin/lib[[.Name]].macos.arm64.dylib"
`

const mainSceneTemplate = `[gd_scene load_steps=2 format=3]

[ext_resource type="Script" path="res://main.gd" id="1"]

[node name="Main" type="Node2D"]
script = ExtResource("1")

[node name="Spinner" type="Spinner" parent="."]
position = Vector2(320, 240)
speed = 3.0
`

const mainScriptTemplate = `# The main scene's script: GDScript and Go side by side. It listens to the Go Spinner's signal.
extends Node2D

func _ready() -> void:
	$Spinner.turned.connect(_on_turned)

func _on_turned(turns: int) -> void:
	print("GDScript heard: the Go spinner turned %d time(s)" % turns)
	if DisplayServer.get_name() == "headless" and turns >= 2:
		get_tree().quit()
`

const makefileTemplate = `# Build the Go extension, then run the project with Godot 4.6 or newer.
GODOT ?= godot

# The library of each platform, as [[.Name]].gdextension names it.
lib_linux_amd64   = bin/lib[[.Name]].linux.x86_64.so
lib_linux_arm64   = bin/lib[[.Name]].linux.arm64.so
lib_windows_amd64 = bin/[[.Name]].windows.x86_64.dll
lib_windows_arm64 = bin/[[.Name]].windows.arm64.dll
lib_darwin_amd64  = bin/lib[[.Name]].macos.x86_64.dylib
lib_darwin_arm64  = bin/lib[[.Name]].macos.arm64.dylib
HOST := $(shell go env GOOS)_$(shell go env GOARCH)
# gdpure_bound: the classes' methods come from the bindings go generate writes (gdgen bind), not
# from reflection, so Go's linker leaves out the engine methods the extension never calls: a
# library half the size. Without the tag a method added after the last go generate still works.
TAGS = gdpure_bound

## build: regenerate the Go bindings and build the extension for this machine into bin/ (on
## macOS the final link needs the Xcode command-line tools: xcode-select --install).
build:
	cd go && go generate ./... && go build -tags $(TAGS) -buildmode=c-shared -o ../$(lib_$(HOST)) .

## build-all: build the extension for every platform a Debian/Ubuntu x86_64 machine can target:
## Linux x86_64 and arm64, Windows x86_64. Installs Debian's cross compilers when missing (as
## root). macOS libraries are built on a Mac (make build there).
build-all:
	@need=; command -v aarch64-linux-gnu-gcc >/dev/null || need="$$need gcc-aarch64-linux-gnu libc6-dev-arm64-cross"; \
	command -v x86_64-w64-mingw32-gcc >/dev/null || need="$$need gcc-mingw-w64-x86-64"; \
	if [ -n "$$need" ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$need; fi
	cd go && go generate ./...
	cd go && GOOS=linux GOARCH=amd64 CGO_ENABLED=1 CC=gcc go build -tags $(TAGS) -buildmode=c-shared -o ../$(lib_linux_amd64) .
	cd go && GOOS=linux GOARCH=arm64 CGO_ENABLED=1 CC=aarch64-linux-gnu-gcc go build -tags $(TAGS) -buildmode=c-shared -o ../$(lib_linux_arm64) .
	cd go && GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc go build -tags $(TAGS) -buildmode=c-shared -o ../$(lib_windows_amd64) .
	rm -f bin/*.h

## headless: run the game without a window (it quits after two turns of the spinner).
headless: build
	$(GODOT) --headless --path . --quit-after 1200

## run: play the game in a window.
run: build
	$(GODOT) --path .

## edit: open the project in the Godot editor (restart the editor after rebuilding: a Go library
## cannot be reloaded into a running editor).
edit: build
	$(GODOT) --editor --path .

.PHONY: build build-all headless run edit
`

const goModTemplate = `module [[.Module]]

go 1.26

require github.com/gdpure/gdpure [[.Version]]
[[range .Requires]]
require [[.]] // indirect
[[end]][[if .Gdpure]]
replace github.com/gdpure/gdpure => [[.Gdpure]]
[[end]]`

const goMainTemplate = `// Command [[.Name]] is the Go extension of the Godot project one folder up: built as a shared
// library (make build), loaded by Godot through [[.Name]].gdextension.
package main

//go:generate go run github.com/gdpure/gdpure/cmd/gdgen bind

import (
	"github.com/gdpure/gdpure/classdb"
	_ "github.com/gdpure/gdpure/gdextension/entry" // exports the library's entry symbol
)

func init() {
	classdb.Register[Spinner]()
}

func main() {}
`

const goSpinnerTemplate = `package main

import (
	"fmt"
	"math"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Spinner is a square that spins: a Go class extending Node2D.
type Spinner struct {
	godot.Node2D

	// Speed is how fast it spins, in turns per second.
	Speed float64 ` + "`" + `gd:",range=0,10,0.1"` + "`" + `
	// Color of the square.
	Color variant.Color

	// Turned is emitted after every full turn, with the number of turns so far.
	Turned classdb.Signal1[int] ` + "`" + `gd:"turned(turns)"` + "`" + `

	angle float64
	turns int
}

// Ready runs when the spinner enters the scene.
func (s *Spinner) Ready() {
	if s.Color == (variant.Color{}) {
		s.Color = variant.Color{R: 0.3, G: 0.7, B: 1, A: 1}
	}
	fmt.Printf("Hello from Go: %s is ready, spinning at %g turns/s\n", s.AsNode().Name(), s.Speed)
}

// Process turns the spinner a little every frame.
func (s *Spinner) Process(delta float64) {
	s.angle += 2 * math.Pi * s.Speed * delta
	if s.angle >= 2*math.Pi {
		s.angle -= 2 * math.Pi
		s.turns++
		s.Turned.Emit(s.turns)
	}
	s.SetRotation(float32(s.angle))
	s.AsCanvasItem().QueueRedraw()
}

// Draw draws the square.
func (s *Spinner) Draw() {
	s.AsCanvasItem().DrawRect(variant.Rect2{Position: variant.Vector2{X: -40, Y: -40}, Size: variant.Vector2{X: 80, Y: 80}}, s.Color)
}

// Turns returns the full turns so far (callable from GDScript as turns()).
func (s *Spinner) Turns() int { return s.turns }
`

const readmeTemplate = `# [[.Name]]

A Godot 4.6 project whose logic is written in Go with gdpure.

- ` + "`make build`" + ` builds the Go extension (go/) into bin/ for this machine; ` + "`make build-all`" + ` builds it for
  Linux x86_64 and arm64 and Windows x86_64 (from Debian/Ubuntu x86_64, with Debian's cross compilers).
  macOS libraries are built on a Mac with the Xcode command-line tools.
- ` + "`make headless`" + ` runs it without a window; ` + "`make run`" + ` plays it; ` + "`make edit`" + ` opens the editor.

The Go class Spinner (go/spinner.go) is a Node2D: its exported fields are properties in the
inspector, Turned is a signal GDScript connects to (main.gd), and Ready, Process and Draw are the
engine's virtuals. After changing Go code run ` + "`make build`" + ` and restart the editor.
`
